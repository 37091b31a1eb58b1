package org.brandaward.notification;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The mails' texts: per kind a subject and a plain-text body in the message bundles ({@code mail.<kind>.subject},
 * {@code mail.<kind>.body}, zh_CN and en), filled with the kind's facts, and the same closing line for all.
 */
@Component
class MailTemplates {

    private final MessageSource messages;

    MailTemplates(MessageSource messages) {
        this.messages = messages;
    }

    RenderedMail render(MailKind kind, Locale locale, Object... facts) {
        String subject = messages.getMessage(kind.subjectKey(), facts, locale);
        String body = messages.getMessage(kind.bodyKey(), facts, locale) + "\n\n" + messages.getMessage("mail.footer", null, locale);
        return new RenderedMail(subject.length() > OutboxMail.SUBJECT_MAX ? subject.substring(0, OutboxMail.SUBJECT_MAX) : subject, body);
    }

    /** A text of the bundles in the recipient's language (a ground's or a programme's name), for use as a fact. */
    String text(String key, Locale locale, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
