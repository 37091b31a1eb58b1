package org.brandaward.organisation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.brandaward.KaribuTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.security.RegionGroups;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admin opens staff accounts; a recommender account carries the region whose tasks it works on. */
class AccountsViewIT extends KaribuTest {

    @Autowired UserAccountService accounts;

    @BeforeEach
    void admin() {
        login("admin", Roles.ADMIN);
        UI.getCurrent().navigate(AccountsView.class);
    }

    @Test
    void a_county_recommender_account_signs_in_with_its_county_group() {
        String username = "county-" + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withId("account-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("account-display-name")), "章丘区市场监管局");
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "zhangqiu-2026");
        _setValue(_get(Select.class, spec -> spec.withId("account-role")), Roles.RECOMMENDER);
        _setValue(_get(TextField.class, spec -> spec.withId("account-city")), "济南市");
        _setValue(_get(TextField.class, spec -> spec.withId("account-county")), "章丘区");
        _click(_get(Button.class, spec -> spec.withId("account-create")));

        expectNotifications("账号 " + username + " 已开设");
        assertThat(accounts.loadUserByUsername(username).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_RECOMMENDER", "GROUP_" + RegionGroups.county("济南市", "章丘区"));
    }

    @Test
    void a_recommender_without_a_city_or_an_applicant_account_is_refused_and_nothing_is_stored() {
        var form = new StaffAccountForm();
        form.setUsername("no-city-" + System.nanoTime());
        form.setDisplayName("某局");
        form.setPassword("secret-123");
        form.setRole(Roles.RECOMMENDER);
        assertThatThrownBy(() -> accounts.createStaff(form))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("organisation.regionRequired"));
        form.setRole(Roles.APPLICANT);
        assertThatThrownBy(() -> accounts.createStaff(form))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("accounts.roleRequired"));
        assertThat(accounts.exists(form.getUsername())).isFalse();
    }

    @Test
    void only_the_admin_opens_staff_accounts() {
        login("office", Roles.OFFICE);
        var form = new StaffAccountForm();
        form.setUsername("sneaky-" + System.nanoTime());
        form.setDisplayName("x");
        form.setPassword("secret-123");
        form.setRole(Roles.ADMIN);
        assertThatThrownBy(() -> accounts.createStaff(form)).isInstanceOf(AccessDeniedException.class);
    }
}
