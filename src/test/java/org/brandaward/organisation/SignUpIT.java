package org.brandaward.organisation;

import org.brandaward.IntegrationTest;
import org.brandaward.RuleViolationException;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Enterprises open their own applicant accounts; demo accounts exist only where they cannot leak into production. */
@IntegrationTest
class SignUpIT {

    @Autowired UserAccountService accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired AuditLog audit;

    @Test
    void an_enterprise_signs_up_as_an_applicant_with_a_hashed_password() {
        String username = "taishan-" + System.nanoTime();
        UserAccount account = accounts.signUpApplicant(form(username, "泰山啤酒 王经理", "s3cret-pass", "s3cret-pass"));

        assertThat(account.getRole()).isEqualTo(Roles.APPLICANT);
        assertThat(account.getPasswordHash()).isNotEqualTo("s3cret-pass").startsWith("$2");
        assertThat(passwords.matches("s3cret-pass", accounts.loadUserByUsername(username).getPassword())).isTrue();
        assertThat(audit.history("USER_ACCOUNT", account.getId())).extracting(e -> e.getAction()).containsExactly("CREATED");
    }

    @Test
    void each_sign_up_rule_is_named_and_nothing_is_stored() {
        String username = "rules-" + System.nanoTime();
        assertRefused(form("a b", "王", "password1", "password1"), "signUp.usernameRule");
        assertRefused(form(username, " ", "password1", "password1"), "signUp.displayNameRequired");
        assertRefused(form(username, "王", "short", "short"), "signUp.passwordRule");
        assertRefused(form(username, "王", "password1", "password2"), "signUp.passwordMismatch");
        assertThat(accounts.exists(username)).isFalse();
        assertRefused(form("office", "王", "password1", "password1"), "signUp.usernameTaken");
    }

    @Test
    void demo_accounts_default_to_on_for_the_embedded_database_and_off_for_an_external_one() {
        assertThat(DemoAccounts.enabled(new MockEnvironment())).isTrue();
        assertThat(DemoAccounts.enabled(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x"))).isFalse();
        assertThat(DemoAccounts.enabled(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/x")
                .withProperty("brand-award.demo-data", "true"))).isTrue();
        assertThat(DemoAccounts.enabled(new MockEnvironment().withProperty("brand-award.demo-data", "false"))).isFalse();
    }

    private void assertRefused(SignUpForm form, String messageKey) {
        assertThatThrownBy(() -> accounts.signUpApplicant(form))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
    }

    private static SignUpForm form(String username, String displayName, String password, String confirmation) {
        var form = new SignUpForm();
        form.setUsername(username);
        form.setDisplayName(displayName);
        form.setPassword(password);
        form.setPasswordConfirmation(confirmation);
        return form;
    }
}
