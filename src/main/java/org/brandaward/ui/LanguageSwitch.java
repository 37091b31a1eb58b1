package org.brandaward.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/** 中文 / English: the choice holds for the rest of the session, across sign-in. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Translations.LOCALES);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setValue(Translations.LOCALES.stream().filter(l -> l.getLanguage().equals(UI.getCurrent().getLocale().getLanguage()))
                .findFirst().orElse(Translations.CHINESE));
        setAriaLabel(getTranslation("language.switch"));
        setId("language-switch");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                // The download endpoints answer in it too (Translations#localeResolver).
                VaadinSession.getCurrent().getSession().setAttribute(Translations.SESSION_LOCALE, e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
