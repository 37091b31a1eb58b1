package org.brandaward.certificate;

/**
 * Published when a time-honoured brand's re-check (复核) removes the title (移出名录): an end of the title's life
 * like expiry, not a revocation ({@link TitleRevoked}).
 */
public record TitleRemoved(long certificateId, long applicationId, String reason) {
}
