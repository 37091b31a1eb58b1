package org.brandaward.review;

/**
 * Published inside the draw's transaction for each expert drawn for an application (document or site review);
 * {@code username} is the expert's account, null for a pool entry without one.
 */
public record ExpertDrawn(long applicationId, long expertId, String username, ReviewStage stage) {
}
