package org.brandaward.organisation;

import org.brandaward.security.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.brandaward.KaribuTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.security.RegionGroups;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin opens staff accounts; a recommender account carries the region, picked from the national list, whose
 * tasks it works on. Regions typed before that matched no division are listed for the admin to set.
 */
class AccountsViewIT extends KaribuTest {

    @Autowired UserAccountService accounts;
    @Autowired OrganisationService organisations;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void admin() {
        login("admin", Roles.ADMIN);
        UI.getCurrent().navigate(AccountsView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_county_recommender_account_picks_its_county_and_signs_in_with_its_county_group() {
        String username = "county-" + System.nanoTime();
        fillAccount(username, "章丘区市场监管局");
        assertThat(_get(ComboBox.class, spec -> spec.withId("account-province")).isVisible()).isTrue();
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("account-province")), "山东省");
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("account-city")), "济南市");
        ComboBox<Division> county = _get(ComboBox.class, spec -> spec.withId("account-county"));
        assertThat(getSuggestions(county)).hasSize(12).contains("历下区", "章丘区");
        selectByLabel(county, "章丘区");
        _click(_get(Button.class, spec -> spec.withId("account-create")));

        expectNotifications("账号 " + username + " 已开设");
        assertThat(accounts.loadUserByUsername(username).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_RECOMMENDER", "GROUP_COUNTY:370114");
    }

    @Test
    void a_city_bureau_picks_its_city_and_no_county() {
        String username = "city-" + System.nanoTime();
        fillAccount(username, "长沙市市场监管局");
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("account-province")), "湖南省");
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("account-city")), "长沙市");
        assertThat(getSuggestions(_get(ComboBox.class, spec -> spec.withId("account-county")))).contains("芙蓉区");
        _click(_get(Button.class, spec -> spec.withId("account-create")));

        assertThat(accounts.loadUserByUsername(username).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_RECOMMENDER", "GROUP_" + RegionGroups.city("430100"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void regions_typed_before_that_matched_nothing_are_listed_and_the_admin_sets_them() {
        // As the migration V22_1 leaves them: the old text kept, no code.
        String recommender = "legacy-" + System.nanoTime();
        SignIn.asEngine(() -> accounts.create(recommender, "secret-123", "历下区局", Roles.RECOMMENDER));
        jdbc.update("update app_user set legacy_region_city = '济南', legacy_region_county = '历下' where username = ?", recommender);
        String organisation = "旧登记单位" + System.nanoTime();
        long organisationId = jdbc.queryForObject("insert into organisation (credit_code, name, legal_representative, legacy_city,"
                + " legacy_county, created_at) values (?, ?, '张三', '济南市', '高新区', now()) returning id", Long.class,
                OrganisationFixtures.newCreditCode(), organisation);
        UI.getCurrent().navigate(AccountsView.class);

        Grid<AccountsView.RegionToFix> toFix = _get(Grid.class, spec -> spec.withId("regions-to-fix"));
        assertThat(toFix.getListDataView().getItems().map(r -> r.name() + " " + r.typed()))
                .contains(recommender + "（历下区局） 济南 历下", organisation + " 济南市 高新区");

        toFix.select(toFix.getListDataView().getItems().filter(r -> r.name().startsWith(recommender)).findFirst().orElseThrow());
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("fix-province")), "山东省");
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("fix-city")), "济南市");
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("fix-county")), "历下区");
        _click(_get(Button.class, spec -> spec.withId("fix-save")));
        assertThat(accounts.loadUserByUsername(recommender).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("GROUP_COUNTY:370102");

        toFix.select(toFix.getListDataView().getItems().filter(r -> r.name().equals(organisation)).findFirst().orElseThrow());
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("fix-province")), "山东省");
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("fix-city")), "济南市");
        selectByLabel(_get(ComboBox.class, spec -> spec.withId("fix-county")), "历城区");
        _click(_get(Button.class, spec -> spec.withId("fix-save")));
        assertThat(jdbc.queryForMap("select division_code, legacy_city from organisation where id = ?", organisationId))
                .containsEntry("division_code", "370112").containsEntry("legacy_city", null);
        assertThat(toFix.getListDataView().getItems().map(AccountsView.RegionToFix::name))
                .doesNotContain(organisation).noneMatch(name -> name.startsWith(recommender));
    }

    @Test
    void a_recommender_without_a_city_or_an_applicant_account_is_refused_and_nothing_is_stored() {
        var form = new StaffAccountForm();
        form.setUsername("no-city-" + System.nanoTime());
        form.setDisplayName("某局");
        form.setPassword("secret-123");
        form.setRole(Roles.RECOMMENDER);
        assertThatThrownBy(() -> accounts.createStaff(form))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("accounts.regionRequired"));
        form.setRegionCode("370000"); // a province is no bureau's region
        assertThatThrownBy(() -> accounts.createStaff(form))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("accounts.regionRequired"));
        form.setRole(Roles.APPLICANT);
        assertThatThrownBy(() -> accounts.createStaff(form))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("accounts.roleRequired"));
        assertThat(accounts.exists(form.getUsername())).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_admin_gives_a_staff_account_an_e_mail_address_and_changes_it_later_audited() {
        String username = "mailed-" + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withId("account-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("account-display-name")), "烟台评审专家");
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "expert-2080");
        _setValue(_get(Select.class, spec -> spec.withId("account-role")), Roles.EXPERT);
        _setValue(_get(EmailField.class, spec -> spec.withId("account-email")), "not-an-address");
        _click(_get(Button.class, spec -> spec.withId("account-create")));
        assertThat(accounts.exists(username)).as("not opened with a malformed address").isFalse();
        _setValue(_get(EmailField.class, spec -> spec.withId("account-email")), "expert@yantai.example");
        _click(_get(Button.class, spec -> spec.withId("account-create")));

        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("accounts"));
        UserAccount account = grid.getListDataView().getItems().filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow();
        assertThat(account.getEmail()).contains("expert@yantai.example");
        grid.select(account);
        _setValue(_get(EmailField.class, spec -> spec.withId("account-email-edit")), "expert2@yantai.example");
        _click(_get(Button.class, spec -> spec.withId("account-email-save")));

        expectNotifications("账号 " + username + " 已开设", username + " 的邮箱已保存");
        assertThat(accounts.all()).filteredOn(a -> a.getUsername().equals(username)).singleElement()
                .satisfies(a -> assertThat(a.getEmail()).contains("expert2@yantai.example"));
        assertThat(jdbc.queryForList("select detail from audit_event where entity_type = 'USER_ACCOUNT'"
                + " and entity_id = ? and action = 'EMAIL_CHANGED'", String.class, account.getId()))
                .containsExactly(username + ": expert@yantai.example → expert2@yantai.example");
    }

    private static void fillAccount(String username, String displayName) {
        _setValue(_get(TextField.class, spec -> spec.withId("account-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("account-display-name")), displayName);
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "bureau-2026");
        _setValue(_get(Select.class, spec -> spec.withId("account-role")), Roles.RECOMMENDER);
    }

    @Test
    void only_the_admin_opens_staff_accounts_and_sets_regions() {
        login("office", Roles.OFFICE);
        var form = new StaffAccountForm();
        form.setUsername("sneaky-" + System.nanoTime());
        form.setDisplayName("x");
        form.setPassword("secret-123");
        form.setRole(Roles.ADMIN);
        assertThatThrownBy(() -> accounts.createStaff(form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.regionsToFix()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.regionsToFix()).isInstanceOf(AccessDeniedException.class);
    }
}
