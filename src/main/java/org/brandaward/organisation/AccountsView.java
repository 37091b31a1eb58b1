package org.brandaward.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

import java.util.Arrays;

/** The admin opens staff accounts: recommenders with the city or county they work for, experts, office, committee. */
@Route("admin/accounts")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final Grid<UserAccount> grid = new Grid<>();
    private final Binder<StaffAccountForm> binder = new Binder<>(StaffAccountForm.class);

    AccountsView(UserAccountService accounts) {
        this.accounts = accounts;
        grid.setId("accounts");
        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("signUp.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("signUp.displayName")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("role." + a.getRole())).setHeader(getTranslation("accounts.role")).setAutoWidth(true);
        grid.addColumn(a -> a.getRegionCity() == null ? "" : a.getRegionCity() + (a.getRegionCounty() == null ? "" : " " + a.getRegionCounty()))
                .setHeader(getTranslation("accounts.region")).setFlexGrow(1);

        TextField username = new TextField(getTranslation("signUp.username"));
        username.setId("account-username");
        TextField displayName = new TextField(getTranslation("signUp.displayName"));
        displayName.setId("account-display-name");
        PasswordField password = new PasswordField(getTranslation("accounts.initialPassword"));
        password.setId("account-password");
        Select<String> role = new Select<>();
        role.setLabel(getTranslation("accounts.role"));
        role.setId("account-role");
        role.setItems(Arrays.stream(Roles.ALL).filter(r -> !r.equals(Roles.APPLICANT)).toList());
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        TextField city = new TextField(getTranslation("organisation.city"));
        city.setId("account-city");
        TextField county = new TextField(getTranslation("organisation.county"));
        county.setId("account-county");
        county.setHelperText(getTranslation("accounts.countyHelp"));
        role.addValueChangeListener(e -> {
            boolean recommender = Roles.RECOMMENDER.equals(e.getValue());
            city.setVisible(recommender);
            county.setVisible(recommender);
        });
        city.setVisible(false);
        county.setVisible(false);
        binder.forField(username).bind(StaffAccountForm::getUsername, StaffAccountForm::setUsername);
        binder.forField(displayName).bind(StaffAccountForm::getDisplayName, StaffAccountForm::setDisplayName);
        binder.forField(password).bind(StaffAccountForm::getPassword, StaffAccountForm::setPassword);
        binder.forField(role).bind(StaffAccountForm::getRole, StaffAccountForm::setRole);
        binder.forField(city).bind(StaffAccountForm::getCity, StaffAccountForm::setCity);
        binder.forField(county).bind(StaffAccountForm::getCounty, StaffAccountForm::setCounty);
        binder.setBean(new StaffAccountForm());

        Button create = new Button(getTranslation("accounts.create"), e -> {
            accounts.createStaff(binder.getBean());
            Messages.success("accounts.created", binder.getBean().getUsername());
            binder.setBean(new StaffAccountForm());
            refresh();
        });
        create.setId("account-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("accounts.title")), new Paragraph(getTranslation("accounts.intro")), grid,
                new H3(getTranslation("accounts.new")), new FormLayout(username, displayName, password, role, city, county), create);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
