package org.brandaward.notification;

import org.brandaward.notice.ObjectionDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An objector who left an e-mail address as contact hears the office's answer. The mail carries the reference and the
 * reason, not the secret link: only its hash is stored, so the objector opens the link they were given when filing.
 */
@Component
class ObjectorMails {

    private final Outbox outbox;

    ObjectorMails(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(ObjectionDecided decided) {
        decided.objectorEmail().ifPresent(email -> outbox.add(decided.upheld() ? MailKind.OBJECTION_UPHELD : MailKind.OBJECTION_DISMISSED,
                MailRecipient.ofAddress(email), decided.reference(), decided.reason()));
    }
}
