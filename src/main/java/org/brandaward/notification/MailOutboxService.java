package org.brandaward.notification;

import org.brandaward.audit.AuditLog;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.shared.RuleViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** 邮件 — the admin reads the outbox: every mail with its state, and queues a given-up one again. */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class MailOutboxService {

    private final OutboxMailRepository mails;
    private final MailDelivery delivery;
    private final AuditLog audit;
    private final Clock clock;

    MailOutboxService(OutboxMailRepository mails, MailDelivery delivery, AuditLog audit, Clock clock) {
        this.mails = mails;
        this.delivery = delivery;
        this.audit = audit;
        this.clock = clock;
    }

    /** The newest mails first, {@code size} a page. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<OutboxMail> newest(int page, int size) {
        return mails.findAllByOrderByIdDesc(PageRequest.of(page, size)).getContent();
    }

    /** Whether mail leaves the application; when not, it is kept here (no SMTP server configured, or the demo). */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean sends() {
        return delivery.sends();
    }

    /** A mail given up after its last attempt is queued again, with a fresh count of attempts. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OutboxMail requeue(long mailId) {
        OutboxMail mail = mails.findById(mailId).orElseThrow(() -> new RuleViolationException("mail.notFound"));
        if (mail.getState() != MailState.FAILED) {
            throw new RuleViolationException("mail.notFailed");
        }
        mail.requeue(clock.instant());
        audit.record(OutboxDrainer.AUDIT_TYPE, mail.getId(), "REQUEUED", MailState.FAILED, MailState.PENDING, mail.getKind().name());
        return mail;
    }
}
