package org.brandaward.application;

/**
 * Whether the applicant may download the feedback report (反馈报告) of an application: released for its round and
 * written for it. Implemented by expert review, which depends on applications; looked up lazily to keep the
 * dependency one way.
 */
public interface FeedbackReports {

    boolean isReleasedFor(long applicationId);
}
