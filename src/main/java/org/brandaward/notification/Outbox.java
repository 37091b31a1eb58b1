package org.brandaward.notification;

import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Puts a mail into the outbox, in the caller's transaction: a business change that rolls back takes its mail with it,
 * and sending happens later, so a mail server's failure never reaches the business change.
 */
@Component
class Outbox {

    private final OutboxMailRepository mails;
    private final MailTemplates templates;
    private final MailDelivery delivery;
    private final Clock clock;

    Outbox(OutboxMailRepository mails, MailTemplates templates, MailDelivery delivery, Clock clock) {
        this.mails = mails;
        this.templates = templates;
        this.delivery = delivery;
        this.clock = clock;
    }

    void add(MailKind kind, MailRecipient to, Object... facts) {
        addOnce(kind, to, null, facts);
    }

    /** As {@link #add}, unless a mail with the same {@code dedupeKey} is in the outbox already (a reminder is sent once). */
    void addOnce(MailKind kind, MailRecipient to, String dedupeKey, Object... facts) {
        if (dedupeKey != null && mails.existsByDedupeKey(dedupeKey)) {
            return;
        }
        MailState state = to.address().isEmpty() ? MailState.NO_ADDRESS : delivery.sends() ? MailState.PENDING : MailState.KEPT;
        mails.save(new OutboxMail(kind, to, templates.render(kind, to.locale(), inLanguageOf(to, facts)), state, dedupeKey,
                clock.instant()));
    }

    private Object[] inLanguageOf(MailRecipient to, Object[] facts) {
        Object[] texts = facts.clone();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] instanceof LocalisedFact fact) {
                texts[i] = templates.text(fact.key(), to.locale(), fact.fallback());
            }
        }
        return texts;
    }
}
