package org.brandaward.organisation;

import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first administrator of a new installation: when {@code brand-award.initial-admin.password} is set
 * (env {@code BRAND_AWARD_INITIAL_ADMIN_PASSWORD}) and no administrator exists yet, one is created. Later starts
 * change nothing, so the password can be removed from the environment once the administrator changed it (修改密码,
 * {@link PasswordView}, in every role's menu).
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountService accounts;
    private final Environment environment;

    InitialAdministrator(UserAccountService accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        CurrentUser.asEngine(() -> {
            seed();
            return null;
        });
    }

    private void seed() {
        String password = environment.getProperty("brand-award.initial-admin.password");
        if (!StringUtils.hasText(password) || accounts.anyWithRole(Roles.ADMIN)) {
            return;
        }
        String username = environment.getProperty("brand-award.initial-admin.username", "administrator");
        accounts.create(username, password, username, Roles.ADMIN);
        log.info("Initial administrator {} created", username);
    }
}
