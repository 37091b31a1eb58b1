package org.brandaward.organisation;

import org.brandaward.database.NoExternalDatabaseCondition;
import org.brandaward.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.util.Map;

/**
 * One demo account per role, password {@value #PASSWORD}. Setting {@code brand-award.demo-data};
 * when unset it is on for the embedded database and off for an external one, so production never gets them by accident.
 */
@Component
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final Map<String, String> ACCOUNTS = Map.of(
            "applicant", Roles.APPLICANT,
            "recommender", Roles.RECOMMENDER,
            "expert", Roles.EXPERT,
            "office", Roles.OFFICE,
            "committee", Roles.COMMITTEE,
            "admin", Roles.ADMIN);
    private static final Map<String, String> DISPLAY_NAMES = Map.of(
            "applicant", "企业申报员",
            "recommender", "市级推荐员",
            "expert", "评审专家",
            "office", "省评审办",
            "committee", "评审委员",
            "admin", "系统管理员");

    private final UserAccountService accounts;
    private final Environment environment;

    DemoAccounts(UserAccountService accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    static boolean enabled(Environment environment) {
        boolean embedded = !StringUtils.hasText(environment.getProperty(NoExternalDatabaseCondition.URL_PROPERTY));
        return environment.getProperty("brand-award.demo-data", Boolean.class, embedded);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled(environment)) {
            return;
        }
        ACCOUNTS.forEach((username, role) -> {
            if (!accounts.exists(username)) {
                accounts.create(username, PASSWORD, DISPLAY_NAMES.get(username), role);
                log.info("Demo account {} ({}) created", username, role);
            }
        });
    }
}
