package org.brandaward.review;

import org.brandaward.organisation.DemoAccounts;
import org.brandaward.organisation.Divisions;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Map;

/**
 * Five demo experts in the pool, each with an account (password {@value DemoAccounts#PASSWORD}) and all three
 * fields, none in 济南市 where the demo enterprises register, so a demo application can be reviewed end to end.
 */
@Component
@Order(2)
class DemoExperts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoExperts.class);
    /** By city code: 青岛市, 烟台市, 潍坊市, 西宁市, 长沙市. */
    private static final Map<String, String> CITIES = Map.of(
            "expert", "370200", "expert2", "370600", "expert3", "370700", "expert4", "630100", "expert5", "430100");

    private final UserAccountService accounts;
    private final ExpertPoolService pool;
    private final Divisions divisions;
    private final Environment environment;

    DemoExperts(UserAccountService accounts, ExpertPoolService pool, Divisions divisions, Environment environment) {
        this.accounts = accounts;
        this.pool = pool;
        this.divisions = divisions;
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
        if (!DemoAccounts.enabled(environment)) {
            return;
        }
        CITIES.forEach((username, cityCode) -> {
            String city = divisions.nameOf(cityCode);
            if (!accounts.exists(username)) {
                long accountId = accounts.create(username, DemoAccounts.PASSWORD, "评审专家（" + city + "）", Roles.EXPERT).getId();
                accounts.changeEmail(accountId, UserAccountService.demoEmail(username));
            }
            if (pool.ofAccount(username).isEmpty()) {
                var form = new ExpertForm();
                form.setName("演示专家" + username.replace("expert", ""));
                form.setCityCode(cityCode);
                form.setEmployer(city + "质量技术研究院");
                form.setTitle("研究员");
                form.setFields(EnumSet.allOf(Family.class));
                form.setUsername(username);
                pool.addDemoEntry(form);
                log.info("Demo expert {} ({}) added to the pool", username, city);
            }
        });
    }
}
