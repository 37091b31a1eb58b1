package org.brandaward.application;

/**
 * Published inside the transaction of every recorded step of an application (the same step its audit row and
 * timeline show): {@code action} names it ({@code SUPPLEMENT_REQUESTED}, {@code LIST_APPROVED}, ...).
 */
public record ApplicationStepRecorded(long applicationId, ApplicationStatus before, ApplicationStatus after, String action,
                                      String reason) {
}
