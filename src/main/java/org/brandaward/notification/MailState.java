package org.brandaward.notification;

/** Where a mail of the outbox stands. */
public enum MailState {
    /** Waiting to be sent, or to be tried again after a failure. */
    PENDING,
    SENT,
    /** Given up after the last attempt; the admin may queue it again. */
    FAILED,
    /** Not to be sent: no SMTP server is configured, or the demo runs. The admin reads it in the outbox view. */
    KEPT,
    /** The recipient has no e-mail address; kept so the admin sees who was not reached. */
    NO_ADDRESS
}
