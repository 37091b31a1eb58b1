package org.brandaward.badinput;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.ui.Translations;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal's message as the user reads it: found in both bundles, filled in, Chinese in Chinese and English in English. */
final class Translated {

    private Translated() {
    }

    static void assertClear(MessageSource messages, RuleViolationException refusal) {
        String chinese = text(messages, refusal, Translations.CHINESE);
        String english = text(messages, refusal, Locale.ENGLISH);
        assertThat(chinese).as("zh-CN text of %s", refusal.getMessageKey()).isNotBlank().doesNotContain("{0}").containsPattern("\\p{IsHan}");
        assertThat(english).as("en text of %s", refusal.getMessageKey()).isNotBlank().doesNotContain("{0}").isNotEqualTo(chinese);
        assertThat(messages.getMessage(refusal.getMessageKey(), null, Locale.ENGLISH)).as("en bundle's %s", refusal.getMessageKey())
                .doesNotContainPattern("\\p{IsHan}");
    }

    private static String text(MessageSource messages, RuleViolationException refusal, Locale locale) {
        // Without a default message, a key missing from the bundle throws instead of answering the key.
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {refusal.getMessageKey()}, refusal.getArguments()), locale);
    }
}
