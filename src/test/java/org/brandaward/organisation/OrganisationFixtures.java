package org.brandaward.organisation;

import org.brandaward.Fixture;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;

import java.util.concurrent.atomic.AtomicInteger;

/** Applicants with their registered organisations. */
@Fixture
public class OrganisationFixtures {

    /** The legal representative of every organisation registered here; they sign the pledge. */
    public static final String LEGAL_REPRESENTATIVE = "张三";
    /** Where every organisation registered here is, by GB/T 2260 code: 历下区 of 济南市. Its county and city bureaus recommend it. */
    public static final String CITY = "370100";
    public static final String COUNTY = "370102";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccountService accounts;
    private final OrganisationService organisations;

    OrganisationFixtures(UserAccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** A new applicant account with a registered organisation; the test is left signed in as it. */
    public String applicantWithOrganisation(String organisationName) {
        String username = uniqueUsername("applicant");
        SignIn.asEngine(() -> accounts.create(username, "secret123", organisationName, Roles.APPLICANT));
        SignIn.as(username, Roles.APPLICANT);
        var form = new OrganisationForm();
        form.setCreditCode(newCreditCode());
        form.setName(organisationName);
        form.setLegalRepresentative(LEGAL_REPRESENTATIVE);
        form.setCountyCode(COUNTY);
        organisations.register(form);
        return username;
    }

    /** A new account of {@code role} (password {@link DemoAccounts#PASSWORD}), created as the engine's seeding would. */
    public String account(String prefix, String displayName, String role) {
        String username = uniqueUsername(prefix);
        SignIn.asEngine(() -> accounts.create(username, DemoAccounts.PASSWORD, displayName, role));
        return username;
    }

    /** A valid unified social credit code, different on every call. */
    public static String newCreditCode() {
        String first17 = "91370100MA" + "%07d".formatted(SEQUENCE.incrementAndGet() + 3_000_000);
        return CreditCode.withCheckCharacter(first17);
    }

    private static String uniqueUsername(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
    }
}
