package org.brandaward.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import java.util.List;
import java.util.Locale;

/**
 * The message bundles ({@code messages_zh_CN.properties} is the source, {@code messages_en.properties} follows),
 * served to Vaadin's {@code getTranslation} and to anything else that needs a user-facing text, and the language of
 * the requests Spring MVC answers (the download endpoints).
 */
@Configuration(proxyBeanMethods = false)
public class Translations {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(CHINESE, Locale.ENGLISH);

    /** What {@code getTranslation} answers, before the key, for a key the bundles lack. */
    static final String MISSING_PREFIX = "!";

    /** The HTTP session attribute of the language chosen with the {@link LanguageSwitch}, read by {@link #localeResolver}. */
    static final String SESSION_LOCALE = SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME;

    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(CHINESE);
        return messages;
    }

    /**
     * The language of a Spring MVC request, such as a download's refusal: the one chosen in this session with the
     * language switch, else the browser's Accept-Language if it asks for Chinese or English, else Chinese.
     */
    @Bean
    LocaleResolver localeResolver() {
        var browser = new AcceptHeaderLocaleResolver();
        browser.setSupportedLocales(LOCALES);
        browser.setDefaultLocale(CHINESE);
        var session = new SessionLocaleResolver();
        session.setLocaleAttributeName(SESSION_LOCALE);
        session.setDefaultLocaleFunction(browser::resolveLocale);
        return session;
    }

    /** A public page's {@code ?lang=en} (or {@code zh-CN}) switches its language for the session. */
    @Bean
    WebMvcConfigurer publicPageLanguage() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                var change = new LocaleChangeInterceptor();
                change.setParamName("lang");
                change.setIgnoreInvalidLocale(true);
                registry.addInterceptor(change).addPathPatterns("/public/**", "/public", "/verify", "/v/**");
            }
        };
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
