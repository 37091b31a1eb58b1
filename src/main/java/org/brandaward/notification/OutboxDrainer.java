package org.brandaward.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Sends the outbox's due mails, one transaction per mail: the row is claimed with {@code for update skip locked}, sent,
 * and marked sent (or failed, with the error and the time of the next attempt) before the lock is let go. Two nodes, or
 * a scheduled run and a test's, never send the same row; a mail is sent again only if this node dies in the moment
 * between the server's acceptance and the commit.
 */
@Component
class OutboxDrainer {

    static final String AUDIT_TYPE = "MAIL";
    /** Mails per run; the rest wait for the next run, so one run never holds the scheduler for long. */
    static final int BATCH = 50;
    /** Carries the outbox row's id, so a rare second copy (see above) can be recognised. */
    static final String OUTBOX_HEADER = "X-Brand-Award-Outbox-Id";
    private static final Logger log = LoggerFactory.getLogger(OutboxDrainer.class);

    private final OutboxMailRepository mails;
    private final MailDelivery delivery;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;
    private final String from;

    OutboxDrainer(OutboxMailRepository mails, MailDelivery delivery, PlatformTransactionManager transactions, AuditLog audit,
                  Clock clock, @Value("${brand-award.mail.from:brand-award@localhost}") String from) {
        this.mails = mails;
        this.delivery = delivery;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(initialDelayString = "${brand-award.mail.first-drain-after:PT30S}", fixedDelayString = "${brand-award.mail.drain-every:PT30S}")
    void drainOnSchedule() {
        try {
            drain();
        } catch (RuntimeException e) {
            // The next run tries again; a broken run must not stop the schedule.
            log.warn("Mail outbox run failed", e);
        }
    }

    /** Sends what is due now, at most {@value #BATCH} mails; answers how many it tried. Nothing when mail is kept. */
    int drain() {
        Optional<JavaMailSender> sender = delivery.sender();
        if (sender.isEmpty()) {
            return 0;
        }
        int tried = 0;
        while (tried < BATCH && Boolean.TRUE.equals(asEngine(() -> transaction.execute(status -> sendNext(sender.get()))))) {
            tried++;
        }
        return tried;
    }

    private boolean sendNext(JavaMailSender sender) {
        Optional<OutboxMail> due = mails.claimNextDue(clock.instant());
        due.ifPresent(mail -> send(sender, mail));
        return due.isPresent();
    }

    private void send(JavaMailSender sender, OutboxMail mail) {
        try {
            sender.send(message(sender, mail));
            mail.sent(clock.instant());
            audit.record(AUDIT_TYPE, mail.getId(), "SENT", MailState.PENDING, MailState.SENT, mail.getKind() + ", attempt " + mail.getAttempts());
        } catch (MailException | MessagingException e) {
            mail.failed(e.getMessage(), clock.instant());
            log.info("Mail {} not sent (attempt {}): {}", mail.getId(), mail.getAttempts(), e.getMessage());
            if (mail.getState() == MailState.FAILED) {
                audit.record(AUDIT_TYPE, mail.getId(), "GAVE_UP", MailState.PENDING, MailState.FAILED,
                        mail.getKind() + ", " + mail.getAttempts() + " attempts");
            }
        }
    }

    private MimeMessage message(JavaMailSender sender, OutboxMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getBody());
        message.setHeader(OUTBOX_HEADER, String.valueOf(mail.getId()));
        return message;
    }

    private static <T> T asEngine(java.util.concurrent.Callable<T> work) {
        try {
            return CurrentUser.asEngine(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
