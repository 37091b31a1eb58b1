package org.brandaward.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.List;
import java.util.Locale;

/**
 * The message bundles ({@code messages_zh_CN.properties} is the source, {@code messages_en.properties} follows),
 * served to Vaadin's {@code getTranslation} and to anything else that needs a user-facing text.
 */
@Configuration(proxyBeanMethods = false)
public class Translations {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(CHINESE, Locale.ENGLISH);

    /** What {@code getTranslation} answers, before the key, for a key the bundles lack. */
    static final String MISSING_PREFIX = "!";

    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(CHINESE);
        return messages;
    }

    @Bean
    I18NProvider i18nProvider(MessageSource messages) {
        return new I18NProvider() {
            @Override
            public List<Locale> getProvidedLocales() {
                return LOCALES;
            }

            @Override
            public String getTranslation(String key, Locale locale, Object... params) {
                try {
                    return messages.getMessage(key, params, locale == null ? CHINESE : locale);
                } catch (NoSuchMessageException e) {
                    return MISSING_PREFIX + key;
                }
            }
        };
    }
}
