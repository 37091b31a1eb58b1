package org.brandaward;

import org.brandaward.organisation.CreditCode;
import org.brandaward.organisation.OrganisationForm;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the people and records a test needs, through the real services. */
@Component
public class TestData {

    public static final String PROGRAMME = "sd-famous-product";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccountService accounts;
    private final OrganisationService organisations;
    private final RoundService rounds;

    TestData(UserAccountService accounts, OrganisationService organisations, RoundService rounds) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.rounds = rounds;
    }

    /** Acts as {@code username} with {@code role} for the rest of the test thread. */
    public static void signIn(String username, String role) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A valid unified social credit code, different on every call. */
    public static String newCreditCode() {
        String first17 = "91370100MA" + "%07d".formatted(SEQUENCE.incrementAndGet() + 3_000_000);
        return CreditCode.withCheckCharacter(first17);
    }

    /** The open round of {@link #PROGRAMME} for {@code year}, opened by the demo office account if missing. */
    public Round round(int year) {
        signIn("office", Roles.OFFICE);
        try {
            return rounds.all().stream()
                    .filter(r -> r.getProgrammeId().equals(PROGRAMME) && r.getYear() == year)
                    .findFirst()
                    .orElseGet(() -> rounds.open(PROGRAMME, year, LocalDate.now().minusDays(1), LocalDate.now().plusMonths(2)));
        } finally {
            signOut();
        }
    }

    /** A new applicant account with a registered organisation; the test is left signed in as it. */
    public String applicantWithOrganisation(String organisationName) {
        String username = "applicant-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        accounts.create(username, "secret123", organisationName, Roles.APPLICANT);
        signIn(username, Roles.APPLICANT);
        var form = new OrganisationForm();
        form.setCreditCode(newCreditCode());
        form.setName(organisationName);
        form.setLegalRepresentative("张三");
        form.setCity("济南市");
        organisations.register(form);
        return username;
    }
}
