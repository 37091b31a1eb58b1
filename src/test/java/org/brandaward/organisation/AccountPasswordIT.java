package org.brandaward.organisation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import org.brandaward.KaribuTest;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every account changes its own password; the admin resets another's and disables or enables it, never its own nor
 * the last administrator. A disabled account cannot sign in. Each change is audited, never with the password.
 */
class AccountPasswordIT extends KaribuTest {

    static final String INITIAL = "initial-2110a";

    @Autowired UserAccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuthenticationConfiguration authentication;
    @Autowired TransactionTemplate transactions;

    @Test
    void every_role_finds_the_password_change_in_its_menu() {
        for (String role : Roles.ALL) {
            login("menu-" + role.toLowerCase(), role);
            UI.getCurrent().navigate(PasswordView.class);
            assertThat(_get(SideNavItem.class, spec -> spec.withId("menu-password")).getPath()).as(role).isEqualTo("account/password");
        }
    }

    @Test
    void a_signed_in_user_changes_its_own_password_with_the_current_one_audited_without_the_password() throws Exception {
        String username = account("expert-2110-", Roles.EXPERT);
        login(username, Roles.EXPERT);
        UI.getCurrent().navigate(PasswordView.class);

        fill("wrong-2110-pass", "Changed-2110b", "Changed-2110b");
        assertRefused(() -> _click(submit()), "password.currentWrong");
        fill(INITIAL, "short1", "short1");
        assertRefused(() -> _click(submit()), "password.tooShort");
        fill(INITIAL, "Changed-2110b", "Changed-2110c");
        assertRefused(() -> _click(submit()), "signUp.passwordMismatch");
        fill(INITIAL, INITIAL, INITIAL);
        assertRefused(() -> _click(submit()), "password.unchanged");
        assertThat(signsIn(username, INITIAL)).as("nothing changed by the refusals").isTrue();

        fill(INITIAL, "Changed-2110b", "Changed-2110b");
        _click(submit());

        expectNotifications("密码已修改，其他登录已退出");
        assertThat(signsIn(username, "Changed-2110b")).isTrue();
        assertThat(signsIn(username, INITIAL)).isFalse();
        assertThat(trail(username)).containsExactly(Map.of("action", "CREATED", "detail", username),
                Map.of("action", "PASSWORD_CHANGED", "detail", username));
        assertNoPasswordInTheTrail(INITIAL, "Changed-2110b");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_admin_resets_an_accounts_password_by_the_rules_and_the_old_one_no_longer_signs_in() throws Exception {
        String username = account("bureau-2110-", Roles.OFFICE);
        login("admin", Roles.ADMIN);
        UI.getCurrent().navigate(AccountsView.class);
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("accounts"));
        grid.select(row(grid, username));

        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password-reset")), "password123");
        assertRefused(() -> _click(_get(Button.class, spec -> spec.withId("account-password-reset-save"))), "password.common");
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password-reset")), "Handed-over-2110");
        _click(_get(Button.class, spec -> spec.withId("account-password-reset-save")));

        expectNotifications(username + " 的密码已重设，其登录已全部退出");
        assertThat(signsIn(username, "Handed-over-2110")).isTrue();
        assertThat(signsIn(username, INITIAL)).isFalse();
        assertThat(trail(username)).extracting(r -> r.get("action")).containsExactly("CREATED", "PASSWORD_RESET");
        assertThat(jdbc.queryForObject("select actor from audit_event where entity_type = 'USER_ACCOUNT' and action = 'PASSWORD_RESET'"
                + " and detail = ?", String.class, username)).isEqualTo("admin");
        assertNoPasswordInTheTrail(INITIAL, "Handed-over-2110");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_admin_disables_an_account_which_then_cannot_sign_in_and_enables_it_again() throws Exception {
        String username = account("applicant-2110-", Roles.APPLICANT);
        login("admin", Roles.ADMIN);
        UI.getCurrent().navigate(AccountsView.class);
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("accounts"));
        grid.select(row(grid, username));
        _click(_get(Button.class, spec -> spec.withId("account-disable")));

        expectNotifications("账号 " + username + " 已停用，其登录已全部退出");
        assertThat(row(grid, username).isEnabled()).isFalse();
        assertThatThrownBy(() -> signsIn(username, INITIAL)).as("the right password, a disabled account").isInstanceOf(DisabledException.class);

        grid.select(row(grid, username));
        _click(_get(Button.class, spec -> spec.withId("account-enable")));
        expectNotifications("账号 " + username + " 已启用");
        assertThat(signsIn(username, INITIAL)).isTrue();
        assertThat(jdbc.queryForList("select before_state || ' → ' || after_state from audit_event where entity_type = 'USER_ACCOUNT'"
                + " and detail = ? and action in ('DISABLED', 'ENABLED') order by id", String.class, username))
                .containsExactly("enabled → disabled", "disabled → enabled");
    }

    @Test
    void the_admin_cannot_disable_itself_nor_the_last_enabled_administrator() {
        String admin = account("admin-2110-", Roles.ADMIN);
        SignIn.as(admin, Roles.ADMIN);
        assertRefused(() -> accounts.disable(id(admin)), "accounts.disableSelf");

        // The other administrators disabled inside a transaction that is rolled back: the tests share the accounts.
        transactions.executeWithoutResult(status -> {
            jdbc.update("update app_user set enabled = false where role = 'ADMIN' and lower(username) <> lower(?)", admin);
            SignIn.as("another-admin", Roles.ADMIN);
            assertRefused(() -> accounts.disable(id(admin)), "accounts.lastAdmin");
            status.setRollbackOnly();
        });
        assertThat(accounts.all()).filteredOn(a -> a.getUsername().equals(admin)).singleElement()
                .satisfies(a -> assertThat(a.isEnabled()).isTrue());
        SignIn.as("another-admin", Roles.ADMIN);
        assertThatCode(() -> accounts.disable(id(admin))).as("with other administrators left").doesNotThrowAnyException();
    }

    @Test
    void only_the_admin_resets_disables_and_enables_and_nobody_changes_a_password_unsigned_in() {
        String username = account("committee-2110-", Roles.COMMITTEE);
        long id = id(username);
        for (String role : List.of(Roles.APPLICANT, Roles.RECOMMENDER, Roles.EXPERT, Roles.OFFICE, Roles.COMMITTEE)) {
            SignIn.as(username, role);
            assertThatThrownBy(() -> accounts.resetPassword(id, "Stolen-2110-pass")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.disable(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.enable(id)).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.out();
        var form = new PasswordChangeForm();
        form.setCurrentPassword(INITIAL);
        form.setNewPassword("Stolen-2110-pass");
        form.setConfirmation("Stolen-2110-pass");
        assertThatThrownBy(() -> accounts.changeOwnPassword(form)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> SignIn.asEngine(() -> {
            accounts.changeOwnPassword(form);
            return null;
        })).as("the engine is nobody's account").isInstanceOf(AccessDeniedException.class);
    }

    private String account(String prefix, String role) {
        String username = prefix + System.nanoTime();
        SignIn.asEngine(() -> accounts.create(username, INITIAL, "测试账号", role));
        return username;
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private static UserAccount row(Grid<UserAccount> grid, String username) {
        return grid.getListDataView().getItems().filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow();
    }

    /** Whether Spring Security's sign-in accepts the password; a disabled account throws. */
    private boolean signsIn(String username, String password) throws Exception {
        try {
            return authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)).isAuthenticated();
        } catch (BadCredentialsException wrong) {
            return false;
        }
    }

    private List<Map<String, Object>> trail(String username) {
        return jdbc.queryForList("select action, detail from audit_event where entity_type = 'USER_ACCOUNT' and entity_id = ?"
                + " order by id", id(username));
    }

    private void assertNoPasswordInTheTrail(String... passwords) {
        for (String password : passwords) {
            assertThat(jdbc.queryForObject("select count(*) from audit_event where position(? in concat(before_state, after_state, detail)) > 0",
                    Integer.class, password)).as(password).isZero();
        }
    }

    private static void fill(String current, String next, String confirmation) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-confirmation")), confirmation);
    }

    private static Button submit() {
        return _get(Button.class, spec -> spec.withId("password-submit"));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
