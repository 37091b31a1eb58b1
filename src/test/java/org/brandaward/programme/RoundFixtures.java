package org.brandaward.programme;

import org.brandaward.Fixture;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The rounds tests apply to. Each test class uses its own year (see {@link Fixture}): rounds, quotas, rankings and
 * committees are per programme and year, and the whole run shares one database.
 */
@Fixture
public class RoundFixtures {

    public static final String PROGRAMME = "sd-famous-product";

    private final RoundService rounds;
    private final Clock clock;

    RoundFixtures(RoundService rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    /** The open round of {@link #PROGRAMME} for {@code year}, opened by the demo office account if missing. */
    public Round round(int year) {
        return round(PROGRAMME, year, null);
    }

    /**
     * The open round of a programme for {@code year}, opened with {@code quotas} (null: the programme's) if missing;
     * the test is left signed out.
     */
    public Round round(String programmeId, int year, ProgrammeDescriptor.Quotas quotas) {
        SignIn.as("office", Roles.OFFICE);
        try {
            LocalDate today = LocalDate.now(clock);
            return rounds.all().stream()
                    .filter(r -> r.getProgrammeId().equals(programmeId) && r.getYear() == year)
                    .findFirst()
                    .orElseGet(() -> rounds.open(programmeId, year, today.minusDays(1), today.plusMonths(2), quotas));
        } finally {
            SignIn.out();
        }
    }
}
