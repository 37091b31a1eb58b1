package org.brandaward.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.brandaward.ui.LanguageSwitch;
import org.brandaward.ui.Messages;

/** 企业注册 — an enterprise opens its own applicant account, then signs in and registers its organisation. */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
class SignUpView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final TextField username = new TextField(getTranslation("signUp.username"));
    private final TextField displayName = new TextField(getTranslation("signUp.displayName"));
    private final PasswordField password = new PasswordField(getTranslation("signUp.password"));
    private final PasswordField passwordConfirmation = new PasswordField(getTranslation("signUp.passwordConfirmation"));
    private final EmailField email = new EmailField(getTranslation("signUp.email"));
    private final Binder<SignUpForm> binder = new Binder<>(SignUpForm.class);

    SignUpView(UserAccountService accounts) {
        this.accounts = accounts;
        setAlignItems(FlexComponent.Alignment.CENTER);
        username.setId("signup-username");
        username.setHelperText(getTranslation("signUp.usernameRule"));
        displayName.setId("signup-display-name");
        password.setId("signup-password");
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        passwordConfirmation.setId("signup-password-confirmation");
        email.setId("signup-email");
        email.setHelperText(getTranslation("signUp.emailHelp"));
        email.setMaxLength(SignUpForm.EMAIL_MAX);
        binder.bindInstanceFields(this);
        binder.setBean(new SignUpForm());
        Button signUp = new Button(getTranslation("signUp.submit"), e -> signUp());
        signUp.setId("signup-submit");
        signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, email, password, passwordConfirmation);
        form.setMaxWidth("40em");
        add(new H2(getTranslation("signUp.title")), new Paragraph(getTranslation("signUp.intro")), form, signUp,
                new Anchor("login", getTranslation("signUp.toLogin")), new LanguageSwitch());
    }

    private void signUp() {
        if (!binder.validate().isOk()) {
            return; // a malformed address: the field says so
        }
        binder.getBean().setLocale(getLocale().toLanguageTag());
        accounts.signUpApplicant(binder.getBean());
        Messages.success("signUp.done");
        getUI().ifPresent(ui -> ui.navigate("login"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signUp.title");
    }
}
