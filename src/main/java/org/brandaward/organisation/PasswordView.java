package org.brandaward.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.brandaward.ui.Messages;

/** 修改密码 — every signed-in user changes its own password; its sessions elsewhere end. */
@Route("account/password")
@PermitAll
class PasswordView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final PasswordField current = new PasswordField(getTranslation("password.current"));
    private final PasswordField next = new PasswordField(getTranslation("password.new"));
    private final PasswordField confirmation = new PasswordField(getTranslation("password.confirmation"));

    PasswordView(UserAccountService accounts) {
        this.accounts = accounts;
        current.setId("password-current");
        next.setId("password-new");
        next.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        confirmation.setId("password-confirmation");
        Button change = new Button(getTranslation("password.submit"), e -> change());
        change.setId("password-submit");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("30em");
        add(new H2(getTranslation("password.title")), new Paragraph(getTranslation("password.intro")), form, change);
    }

    private void change() {
        var form = new PasswordChangeForm();
        form.setCurrentPassword(current.getValue());
        form.setNewPassword(next.getValue());
        form.setConfirmation(confirmation.getValue());
        accounts.changeOwnPassword(form);
        current.clear();
        next.clear();
        confirmation.clear();
        Messages.success("password.changed");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
