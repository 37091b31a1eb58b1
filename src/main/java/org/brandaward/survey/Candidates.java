package org.brandaward.survey;

import org.brandaward.application.ApplicationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The candidates of a round for the satisfaction survey: its applications still in the running (submitted, not
 * turned down, withdrawn or refused), with the facts the rating page may show.
 */
@Component
class Candidates {

    private static final String OUT = ApplicationStatus.outOfTheRunningSql();
    private static final String SELECT = """
            select a.id as application_id, a.round_id, o.credit_code, o.name as organisation_name, a.product_name, a.trademark, o.division_code, c.public_key
            from application a join organisation o on o.id = a.organisation_id
            left join rating_candidate c on c.application_id = a.id
            """;

    /** One candidate: the organisation's and the entry's names are the applicant's typed text, to show as text only. */
    record Candidate(long applicationId, long roundId, String creditCode, String organisationName, String productName,
                     String trademark, String divisionCode, UUID publicKey) {
    }

    private final JdbcClient jdbc;

    Candidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Candidate> ofRound(long roundId) {
        return jdbc.sql(SELECT + "where a.round_id = ? and a.status not in " + OUT + " order by a.id")
                .param(roundId).query(Candidate.class).list();
    }

    Optional<Candidate> byPublicKey(UUID publicKey) {
        return jdbc.sql(SELECT + "where c.public_key = ? and a.status not in " + OUT).param(publicKey).query(Candidate.class).optional();
    }

    Optional<Candidate> byApplication(long applicationId) {
        return jdbc.sql(SELECT + "where a.id = ?").param(applicationId).query(Candidate.class).optional();
    }

    String programmeOf(long roundId) {
        return jdbc.sql("select programme_id from round where id = ?").param(roundId).query(String.class).single();
    }
}
