package org.brandaward.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.brandaward.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Every UI starts in Chinese unless the user switched language in this session, and every session has one error
 * handler: a refused request becomes a message in the user's language, anything else is logged and reported.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiInitializer.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> {
            e.getSession().setLocale(Translations.CHINESE);
            e.getSession().setErrorHandler(UiInitializer::handle);
        });
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(e.getUI().getSession().getLocale()));
    }

    private static void handle(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        while (cause.getCause() != null && !(cause instanceof RuleViolationException) && !(cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        String message;
        if (cause instanceof RuleViolationException rule) {
            message = translate(rule.getMessageKey(), rule.getArguments());
        } else if (cause instanceof AccessDeniedException) {
            message = translate("error.accessDenied");
        } else if (cause instanceof ObjectOptimisticLockingFailureException) {
            message = translate("error.concurrentChange");
        } else {
            log.error("Unexpected error", event.getThrowable());
            message = translate("error.unexpected");
        }
        if (UI.getCurrent() != null) {
            Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static String translate(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale() : VaadinSession.getCurrent().getLocale();
        return ui != null ? ui.getTranslation(locale, key, arguments) : key;
    }
}
