package org.brandaward.certificate;

/** Published when a title's validity ended without a passed re-evaluation: the certificate is expired. */
public record TitleExpired(long certificateId, long applicationId) {
}
