package org.brandaward.organisation;

import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * One demo account per role, password {@value #PASSWORD}, only when {@code brand-award.demo-data} is {@code true}: an
 * explicit choice, off by default everywhere (the packaged jar, the Docker image), so no installation starts with a
 * known password. {@code ./mvnw spring-boot:run} turns it on (pom.xml), as do the tests (application-test.yml).
 */
@Component
@Order(1)
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "demo1234";
    public static final String PROPERTY = "brand-award.demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    /** The demo recommenders work for 历下区 (370102) of 济南市 (370100) and for 济南市 itself, where demo organisations register. */
    static final String DEMO_CITY = "370100";
    static final String DEMO_COUNTY = "370102";
    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("applicant", Roles.APPLICANT, "企业申报员", null),
            new DemoAccount("county-recommender", Roles.RECOMMENDER, "区县推荐员", DEMO_COUNTY),
            new DemoAccount("recommender", Roles.RECOMMENDER, "市级推荐员", DEMO_CITY),
            new DemoAccount("expert", Roles.EXPERT, "评审专家", null),
            new DemoAccount("office", Roles.OFFICE, "省评审办", null),
            new DemoAccount("committee", Roles.COMMITTEE, "评审委员", null),
            new DemoAccount("admin", Roles.ADMIN, "系统管理员", null));

    /** {@code region}: the GB/T 2260 code a demo recommender works for. */
    private record DemoAccount(String username, String role, String displayName, String region) {
    }

    private final UserAccountService accounts;
    private final Environment environment;

    DemoAccounts(UserAccountService accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    public static boolean enabled(Environment environment) {
        return environment.getProperty(PROPERTY, Boolean.class, false);
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        CurrentUser.asEngine(() -> {
            seed();
            return null;
        });
    }

    private void seed() {
        if (!enabled(environment)) {
            return;
        }
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.exists(demo.username())) {
                continue;
            }
            UserAccount account = demo.region() != null
                    ? accounts.createRecommender(demo.username(), PASSWORD, demo.displayName(), demo.region())
                    : accounts.create(demo.username(), PASSWORD, demo.displayName(), demo.role());
            accounts.changeEmail(account.getId(), UserAccountService.demoEmail(demo.username()));
            log.info("Demo account {} ({}) created", demo.username(), demo.role());
        }
    }
}
