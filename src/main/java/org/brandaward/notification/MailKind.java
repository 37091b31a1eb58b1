package org.brandaward.notification;

/** What a mail is about; names its template ({@code mail.<key>.subject} and {@code .body} in the message bundles). */
public enum MailKind {
    SUPPLEMENT_REQUESTED("supplementRequested"),
    SUPPLEMENT_DEADLINE_NEAR("supplementDeadlineNear"),
    EXPERT_DRAWN("expertDrawn"),
    SCORING_DEADLINE_NEAR("scoringDeadlineNear"),
    OUTCOME_LISTED("outcomeListed"),
    OUTCOME_NOT_LISTED("outcomeNotListed"),
    CERTIFICATE_READY("certificateReady"),
    EXPIRY_NEAR("expiryNear"),
    TITLE_EXPIRED("titleExpired"),
    TITLE_REMOVED("titleRemoved"),
    TITLE_REVOKED("titleRevoked"),
    OBJECTION_UPHELD("objectionUpheld"),
    OBJECTION_DISMISSED("objectionDismissed");

    private final String key;

    MailKind(String key) {
        this.key = key;
    }

    String subjectKey() {
        return "mail." + key + ".subject";
    }

    String bodyKey() {
        return "mail." + key + ".body";
    }

    /** The message key of the kind's name in the outbox view. */
    public String labelKey() {
        return "mail." + key + ".label";
    }
}
