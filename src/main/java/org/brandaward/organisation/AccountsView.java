package org.brandaward.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The admin opens staff accounts: recommenders with the city or county they work for, experts, office, committee.
 * Below, the regions to fix: recommender accounts and organisations whose city or county, typed as free text before
 * regions were codes, matched no division of the national list; the admin picks the division for each.
 */
@Route("admin/accounts")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    /** One row of the regions to fix: an account or an organisation, with the text typed for it before. */
    record RegionToFix(boolean organisation, long id, String name, String typed) {
    }

    private final UserAccountService accounts;
    private final OrganisationService organisations;
    private final Divisions divisions;
    private final Grid<UserAccount> grid = new Grid<>();
    private final Binder<StaffAccountForm> binder = new Binder<>(StaffAccountForm.class);
    private final VerticalLayout toFixSection = new VerticalLayout();
    private final Grid<RegionToFix> toFix = new Grid<>();
    private final Div toFixEditor = new Div();
    private final HorizontalLayout emailEditor = new HorizontalLayout();
    private final HorizontalLayout accessEditor = new HorizontalLayout();

    AccountsView(UserAccountService accounts, OrganisationService organisations, Divisions divisions) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.divisions = divisions;
        grid.setId("accounts");
        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("signUp.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("signUp.displayName")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("role." + a.getRole())).setHeader(getTranslation("accounts.role")).setAutoWidth(true);
        grid.addColumn(this::regionOf).setHeader(getTranslation("accounts.region")).setFlexGrow(1);
        grid.addColumn(a -> a.getEmail().orElse("")).setHeader(getTranslation("accounts.email")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.isEnabled() ? "accounts.enabled" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.status")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            editEmail(e.getValue());
            editAccess(e.getValue());
        });
        emailEditor.setPadding(false);
        accessEditor.setPadding(false);

        TextField username = new TextField(getTranslation("signUp.username"));
        username.setId("account-username");
        TextField displayName = new TextField(getTranslation("signUp.displayName"));
        displayName.setId("account-display-name");
        PasswordField password = new PasswordField(getTranslation("accounts.initialPassword"));
        password.setId("account-password");
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        Select<String> role = new Select<>();
        role.setLabel(getTranslation("accounts.role"));
        role.setId("account-role");
        role.setItems(Arrays.stream(Roles.ALL).filter(r -> !r.equals(Roles.APPLICANT)).toList());
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        DivisionField region = new DivisionField(divisions, DivisionField.Depth.CITY_OR_COUNTY, "account-");
        region.setId("account-region");
        region.setLabel(getTranslation("accounts.region"));
        EmailField email = new EmailField(getTranslation("accounts.email"));
        email.setId("account-email");
        email.setHelperText(getTranslation("accounts.emailHelp"));
        email.setMaxLength(SignUpForm.EMAIL_MAX);
        role.addValueChangeListener(e -> region.setVisible(Roles.RECOMMENDER.equals(e.getValue())));
        region.setVisible(false);
        binder.forField(username).bind(StaffAccountForm::getUsername, StaffAccountForm::setUsername);
        binder.forField(displayName).bind(StaffAccountForm::getDisplayName, StaffAccountForm::setDisplayName);
        binder.forField(password).bind(StaffAccountForm::getPassword, StaffAccountForm::setPassword);
        binder.forField(role).bind(StaffAccountForm::getRole, StaffAccountForm::setRole);
        binder.forField(region).bind(StaffAccountForm::getRegionCode, StaffAccountForm::setRegionCode);
        binder.forField(email).bind(StaffAccountForm::getEmail, StaffAccountForm::setEmail);
        binder.setBean(new StaffAccountForm());

        Button create = new Button(getTranslation("accounts.create"), e -> {
            if (!binder.validate().isOk()) {
                return; // a malformed address: the field says so, nothing is opened without it
            }
            accounts.createStaff(binder.getBean());
            Messages.success("accounts.created", binder.getBean().getUsername());
            binder.setBean(new StaffAccountForm());
            refresh();
        });
        create.setId("account-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, password, email, role, region);
        form.setColspan(region, 2);

        toFix.setId("regions-to-fix");
        toFix.setAllRowsVisible(true);
        toFix.addColumn(r -> getTranslation(r.organisation() ? "accounts.toFix.organisation" : "accounts.toFix.account"))
                .setHeader(getTranslation("accounts.toFix.kind")).setAutoWidth(true);
        toFix.addColumn(RegionToFix::name).setHeader(getTranslation("accounts.toFix.name")).setAutoWidth(true);
        toFix.addColumn(RegionToFix::typed).setHeader(getTranslation("accounts.toFix.typed")).setFlexGrow(1);
        toFix.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        toFixSection.setPadding(false);
        toFixSection.add(new H3(getTranslation("accounts.toFix.title")), new Paragraph(getTranslation("accounts.toFix.intro")),
                toFix, toFixEditor);

        add(new H2(getTranslation("accounts.title")), new Paragraph(getTranslation("accounts.intro")), grid, emailEditor, accessEditor,
                new H3(getTranslation("accounts.new")), form, create, toFixSection);
        refresh();
    }

    private String regionOf(UserAccount account) {
        if (account.getRegionCode() != null) {
            return divisions.pathOf(account.getRegionCode());
        }
        return account.isRegionToFix() ? getTranslation("accounts.toFix.marker", typed(account)) : "";
    }

    private static String typed(UserAccount account) {
        return join(account.getLegacyRegionCity(), account.getLegacyRegionCounty());
    }

    private static String join(String city, String county) {
        return String.join(" ", city == null ? "" : city, county == null ? "" : county).strip();
    }

    /** Under the accounts, the address of the account picked, to set or change. */
    private void editEmail(UserAccount account) {
        emailEditor.removeAll();
        if (account == null) {
            return;
        }
        EmailField email = new EmailField(getTranslation("accounts.email") + "：" + account.getUsername());
        email.setId("account-email-edit");
        email.setMaxLength(SignUpForm.EMAIL_MAX);
        email.setValue(account.getEmail().orElse(""));
        Button save = new Button(getTranslation("accounts.emailChange"), e -> {
            accounts.changeEmail(account.getId(), email.getValue());
            Messages.success("accounts.emailChanged", account.getUsername());
            refresh();
        });
        save.setId("account-email-save");
        emailEditor.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        emailEditor.add(email, save);
    }

    /** Under the address, for the account picked: a new password set by the admin, and disable or enable. */
    private void editAccess(UserAccount account) {
        accessEditor.removeAll();
        if (account == null) {
            return;
        }
        PasswordField password = new PasswordField(getTranslation("accounts.resetPassword", account.getUsername()));
        password.setId("account-password-reset");
        password.setHelperText(getTranslation("accounts.resetPasswordHelp"));
        Button reset = new Button(getTranslation("accounts.resetPasswordSave"), e -> {
            accounts.resetPassword(account.getId(), password.getValue());
            Messages.success("accounts.passwordReset", account.getUsername());
            refresh();
        });
        reset.setId("account-password-reset-save");
        Button toggle = account.isEnabled()
                ? new Button(getTranslation("accounts.disable"), e -> {
                    accounts.disable(account.getId());
                    Messages.success("accounts.disabledDone", account.getUsername());
                    refresh();
                })
                : new Button(getTranslation("accounts.enable"), e -> {
                    accounts.enable(account.getId());
                    Messages.success("accounts.enabledDone", account.getUsername());
                    refresh();
                });
        toggle.setId(account.isEnabled() ? "account-disable" : "account-enable");
        if (account.isEnabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        accessEditor.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        accessEditor.add(password, reset, toggle);
    }

    /** The form under the list of regions to fix, for the row picked. */
    private void edit(RegionToFix row) {
        toFixEditor.removeAll();
        if (row == null) {
            return;
        }
        DivisionField region = new DivisionField(divisions,
                row.organisation() ? DivisionField.Depth.COUNTY : DivisionField.Depth.CITY_OR_COUNTY, "fix-");
        region.setLabel(getTranslation("accounts.toFix.pick", row.name()));
        Button save = new Button(getTranslation("accounts.toFix.save"), e -> {
            if (row.organisation()) {
                organisations.assignCounty(row.id(), region.getValue());
            } else {
                accounts.assignRegion(row.id(), region.getValue());
            }
            Messages.success("accounts.toFix.saved", row.name());
            refresh();
        });
        save.setId("fix-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toFixEditor.add(region, save);
    }

    private void refresh() {
        grid.setItems(accounts.all());
        emailEditor.removeAll();
        accessEditor.removeAll();
        List<RegionToFix> rows = new ArrayList<>();
        accounts.regionsToFix().forEach(a ->
                rows.add(new RegionToFix(false, a.getId(), a.getUsername() + "（" + a.getDisplayName() + "）", typed(a))));
        organisations.regionsToFix().forEach(o -> {
            String typed = join(o.getLegacyCity(), o.getLegacyCounty());
            rows.add(new RegionToFix(true, o.getId(), o.getName(), typed.isEmpty() ? divisions.pathOf(o.getDivisionCode()) : typed));
        });
        toFix.setItems(rows);
        toFixEditor.removeAll();
        toFixSection.setVisible(!rows.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
