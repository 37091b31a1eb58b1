package org.brandaward.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.brandaward.shared.AbstractEntity;

import java.time.Duration;
import java.time.Instant;

/**
 * One e-mail in the outbox: written in the business transaction that caused it, sent afterwards by
 * {@link OutboxDrainer}. The row keeps its state, attempts and last error, so the admin reads what happened to it.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends AbstractEntity {

    public static final int SUBJECT_MAX = 300;
    static final int ERROR_MAX = 1000;
    /** After this many failed attempts the mail is given up ({@link MailState#FAILED}); the admin may queue it again. */
    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(6);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailKind kind;
    private String recipient;
    @Column(name = "recipient_account")
    private String recipientAccount;
    @Column(nullable = false)
    private String locale;
    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;
    @Column(nullable = false)
    private String body;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailState state;
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;
    @Column(name = "dedupe_key")
    private String dedupeKey;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    OutboxMail(MailKind kind, MailRecipient to, RenderedMail mail, MailState state, String dedupeKey, Instant now) {
        this.kind = kind;
        this.recipient = to.address().orElse(null);
        this.recipientAccount = to.account().orElse(null);
        this.locale = to.locale().toLanguageTag();
        this.subject = mail.subject();
        this.body = mail.body();
        this.state = state;
        this.dedupeKey = dedupeKey;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant at) {
        attempts++;
        state = MailState.SENT;
        sentAt = at;
        lastError = null;
    }

    /**
     * The SMTP server refused or could not be reached: try again later, waiting twice as long each time (1 min, 2, 4
     * ... at most 6 h), and give up after {@value #MAX_ATTEMPTS} attempts.
     */
    void failed(String error, Instant at) {
        attempts++;
        lastError = error == null ? "?" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (attempts >= MAX_ATTEMPTS) {
            state = MailState.FAILED;
            return;
        }
        nextAttemptAt = at.plus(backoffAfter(attempts));
    }

    static Duration backoffAfter(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    /** The admin queues a given-up mail again, with a fresh count of attempts. */
    void requeue(Instant at) {
        state = MailState.PENDING;
        attempts = 0;
        nextAttemptAt = at;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientAccount() {
        return recipientAccount;
    }

    public String getLocale() {
        return locale;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
