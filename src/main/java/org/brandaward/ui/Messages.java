package org.brandaward.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations after an action; errors go through the session's error handler instead. */
public final class Messages {

    private Messages() {
    }

    public static void success(String key, Object... arguments) {
        Notification.show(UI.getCurrent().getTranslation(key, arguments), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
