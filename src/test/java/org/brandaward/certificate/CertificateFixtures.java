package org.brandaward.certificate;

import org.brandaward.Fixture;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.security.SignIn;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Certificates for tests: a published list's batch run to its end in the test's thread (the background runner is off
 * in tests, see application-test.yml), and many approved applications at once for the batch tests.
 */
@Fixture
public class CertificateFixtures {

    private final CertificateBatchRepository batches;
    private final CertificateBatchRunner runner;
    private final CertificateBatchSteps steps;
    private final CertificateBatches certificateBatches;
    private final OrganisationFixtures people;
    private final JdbcClient jdbc;
    private final Clock clock;

    CertificateFixtures(CertificateBatchRepository batches, CertificateBatchRunner runner, CertificateBatchSteps steps,
                        CertificateBatches certificateBatches,
                        OrganisationFixtures people, JdbcClient jdbc, Clock clock) {
        this.batches = batches;
        this.runner = runner;
        this.steps = steps;
        this.certificateBatches = certificateBatches;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Issues every certificate of the round's published list as the background runner would, step by step, and
     * returns how many it issued (0 for a round without a batch: not published, or a recommendation). Fails the test
     * when the batch stops on a failed step. Leaves the test signed in as it was.
     */
    public int issueAll(long roundId) {
        return batches.idOfRound(roundId).map(batchId -> {
            int issued = runner.runToEnd(batchId);
            CertificateBatch batch = batches.findById(batchId).orElseThrow();
            if (batch.getState() != CertificateBatch.State.DONE) {
                throw new AssertionError("certificate batch of round " + roundId + " is " + batch.getState() + ": " + batch.getLastError());
            }
            return issued;
        }).orElse(0);
    }

    /** One step of the round's batch, as a runner takes it: issues its next certificate; false when there was none left. */
    public boolean issueNext(long roundId) {
        long batchId = batches.idOfRound(roundId).orElseThrow(() -> new AssertionError("round " + roundId + " has no certificate batch"));
        return SignIn.asEngine(() -> steps.issueNext(batchId)) == CertificateBatchSteps.Outcome.ISSUED;
    }

    /**
     * {@code count} applications of {@code round}, approved, of one new organisation, inserted with plain SQL: the
     * batch tests need hundreds of them, and taking each through submission, recommendation, review and a committee
     * would cost minutes while the batch only reads an approved application and its round. The test is left signed
     * in as the organisation's applicant.
     */
    public List<Long> approvedApplications(Round round, int count) {
        String applicant = people.applicantWithOrganisation("批量发证测试有限公司" + round.getYear());
        long organisationId = jdbc.sql("select organisation_id from app_user where username = ?").param(applicant).query(Long.class).single();
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(jdbc.sql("""
                            insert into application (round_id, organisation_id, product_name, status, applicant_kind, created_at, submitted_at)
                            values (?, ?, ?, 'APPROVED', 'ORGANISATION', ?, ?) returning id""")
                    .params(round.getId(), organisationId, "批量产品" + i, now, now).query(Long.class).single());
        }
        return ids;
    }

    /** Queues the batch of {@code applicationIds} for the round as a publication does, dated today; returns its id. */
    public long queueBatch(Round round, List<Long> applicationIds) {
        SignIn.asEngine(() -> {
            certificateBatches.open(round.getId(), applicationIds, LocalDate.now(clock));
            return null;
        });
        return batches.idOfRound(round.getId()).orElseThrow();
    }
}
