package org.brandaward.notification;

import java.util.Locale;
import java.util.Optional;

/**
 * Who a mail goes to: an account (with or without an address) or an objector, who has no account. The locale picks
 * the template's language.
 */
record MailRecipient(Optional<String> account, Optional<String> address, Locale locale) {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    static MailRecipient ofAccount(String username, String email, String languageTag) {
        return new MailRecipient(Optional.of(username), Optional.ofNullable(email).filter(e -> !e.isBlank()), localeOf(languageTag));
    }

    static MailRecipient ofAddress(String email) {
        return new MailRecipient(Optional.empty(), Optional.of(email), DEFAULT_LOCALE);
    }

    static Locale localeOf(String languageTag) {
        return languageTag != null && languageTag.startsWith("en") ? Locale.ENGLISH : DEFAULT_LOCALE;
    }
}
