package org.brandaward.organisation;

import org.brandaward.security.SignIn;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Enterprises open their own applicant accounts; demo accounts exist only where they cannot leak into production. */
@IntegrationTest
class SignUpIT {

    @Autowired UserAccountService accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired AuditLog audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_enterprise_signs_up_as_an_applicant_with_a_hashed_password() {
        String username = "taishan-" + System.nanoTime();
        UserAccount account = accounts.signUpApplicant(form(username, "泰山啤酒 王经理", "s3cret-pass-2110", "s3cret-pass-2110"));

        assertThat(account.getRole()).isEqualTo(Roles.APPLICANT);
        assertThat(account.getPasswordHash()).isNotEqualTo("s3cret-pass-2110").startsWith("$2");
        assertThat(passwords.matches("s3cret-pass-2110", accounts.loadUserByUsername(username).getPassword())).isTrue();
        SignIn.as("admin", Roles.ADMIN);
        assertThat(audit.history("USER_ACCOUNT", account.getId())).extracting(e -> e.getAction()).containsExactly("CREATED");
    }

    @Test
    void each_sign_up_rule_is_named_and_nothing_is_stored() {
        String username = "rules-" + System.nanoTime();
        assertRefused(form("a b", "王", "taishan-2110", "taishan-2110"), "signUp.usernameRule");
        assertRefused(form(username, " ", "taishan-2110", "taishan-2110"), "signUp.displayNameRequired");
        assertRefused(form(username, "王", "short1", "short1"), "password.tooShort");
        assertRefused(form(username, "王", "onlylettershere", "onlylettershere"), "password.lettersAndDigits");
        assertRefused(form(username, "王", "12345678901", "12345678901"), "password.lettersAndDigits");
        assertRefused(form(username, "王", "x1" + username.toUpperCase(), "x1" + username.toUpperCase()), "password.containsUsername");
        assertRefused(form(username, "王", "Password123", "Password123"), "password.common");
        assertRefused(form(username, "王", "woaini1314", "woaini1314"), "password.common");
        assertRefused(form(username, "王", "密码".repeat(12) + "a1", "密码".repeat(12) + "a1"), "password.tooLong");
        assertRefused(form(username, "王", "taishan-2110", "taishan-2111"), "signUp.passwordMismatch");
        SignIn.as("admin", Roles.ADMIN);
        assertThat(accounts.exists(username)).isFalse();
        assertRefused(form("county-recommender", "王", "taishan-2110", "taishan-2110"), "signUp.usernameTaken");
    }

    @Test
    void the_e_mail_address_is_required_and_checked_and_mail_is_written_in_the_language_signed_up_in() {
        String username = "linyi-" + System.nanoTime();
        SignUpForm form = form(username, "临沂柳编 孙经理", "taishan-2110", "taishan-2110");
        form.setEmail(" ");
        assertRefused(form, "signUp.emailRequired");
        form.setEmail("sun@linyi");
        assertRefused(form, "signUp.emailRule");
        form.setEmail("sun@" + "x".repeat(250) + ".cn");
        assertRefused(form, "signUp.emailRule");

        form.setEmail(" sun@linyi-willow.example ");
        form.setLocale("en-US");
        UserAccount account = accounts.signUpApplicant(form);

        assertThat(account.getEmail()).contains("sun@linyi-willow.example");
        assertThat(account.getLocale()).isEqualTo("en");
        form = form("zibo-" + System.nanoTime(), "淄博陶瓷 周经理", "taishan-2110", "taishan-2110");
        assertThat(accounts.signUpApplicant(form).getLocale()).as("Chinese unless signed up in English").isEqualTo("zh-CN");
    }

    @Test
    void reserved_names_cannot_be_registered_in_any_case() {
        for (String name : new String[] {"anonymousUser", "ANONYMOUSUSER", "system", "System", "engine", "admin", "Admin",
                "administrator", "root", "camunda-admin", "applicant", "Office", "EXPERT", "committee", "recommender"}) {
            assertRefused(form(name, "王", "taishan-2110", "taishan-2110"), "signUp.usernameReserved");
        }
        assertThat(UserAccountService.isReserved(CurrentUser.ENGINE)).isFalse();
        assertRefused(form(CurrentUser.ENGINE, "王", "taishan-2110", "taishan-2110"), "signUp.usernameRule");
        assertRefused(form(CurrentUser.ANONYMOUS, "王", "taishan-2110", "taishan-2110"), "signUp.usernameRule");
    }

    @Test
    void usernames_compare_ignoring_case_so_no_account_shadows_another() {
        String username = "Laiwu-" + System.nanoTime();
        accounts.signUpApplicant(form(username, "莱芜钢铁 李经理", "taishan-2110", "taishan-2110"));

        assertRefused(form(username.toLowerCase(), "冒充者", "taishan-2110", "taishan-2110"), "signUp.usernameTaken");
        assertRefused(form(username.toUpperCase(), "冒充者", "taishan-2110", "taishan-2110"), "signUp.usernameTaken");
        assertRefused(form("Expert2", "冒充者", "taishan-2110", "taishan-2110"), "signUp.usernameTaken");
        assertThat(accounts.loadUserByUsername(username.toUpperCase()).getUsername()).isEqualTo(username);
    }

    @Test
    void a_sign_up_is_audited_as_a_visitor_and_the_seeded_accounts_as_the_engine() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        UserAccount account = accounts.signUpApplicant(form("weifang-" + System.nanoTime(), "潍坊风筝 赵经理", "taishan-2110", "taishan-2110"));
        SignIn.as("admin", Roles.ADMIN);

        assertThat(audit.history("USER_ACCOUNT", account.getId())).extracting(e -> e.getActor()).containsExactly(CurrentUser.ANONYMOUS);
        long office = accounts.all().stream().filter(a -> a.getUsername().equals("office")).findFirst().orElseThrow().getId();
        assertThat(audit.history("USER_ACCOUNT", office)).extracting(e -> e.getActor()).containsOnly(CurrentUser.ENGINE);
    }

    @Test
    void demo_accounts_are_an_explicit_choice_and_off_by_default_whatever_the_database() {
        assertThat(DemoAccounts.enabled(new MockEnvironment())).as("embedded database, nothing set").isFalse();
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
        form.setEmail("manager@" + username.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example");
        return form;
    }
}
