package org.brandaward.certificate;

import org.brandaward.AwardsApplication;
import org.brandaward.IntegrationTest;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch survives its node: a second application context on the same embedded database (a node with the background
 * runner on) issues a list of 500, is closed halfway through, and the batch then resumes here and ends with every
 * number 1..500 exactly once in the certificate table — no gap, no duplicate — in the list's order.
 */
@IntegrationTest
class CertificateBatchKillIT {

    static final String PROGRAMME = "sd-famous-product";
    static final int YEAR = 2060;
    static final int SIZE = 500;

    @Autowired RoundFixtures roundFixtures;
    @Autowired CertificateFixtures certificateFixtures;
    @Autowired CertificateBatchRunner runner;
    @Autowired CertificateBatchRepository batchRepository;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_batch_of_500_killed_halfway_resumes_and_issues_every_number_exactly_once() throws Exception {
        Round round = roundFixtures.round(PROGRAMME, YEAR, null);
        List<Long> ids = certificateFixtures.approvedApplications(round, SIZE);
        long batchId = certificateFixtures.queueBatch(round, ids);

        ConfigurableApplicationContext node = startNode();
        try {
            waitUntilIssued(batchId, SIZE / 2, Duration.ofMinutes(5));
        } finally {
            node.close();
        }
        int atKill = issued(batchId);
        assertThat(atKill).as("stopped halfway, not at the end").isBetween(SIZE / 2, SIZE - 1);
        Thread.sleep(500);
        assertThat(issued(batchId)).as("no runner is left at work").isEqualTo(atKill);
        assertThat(certificatesOfRound(round)).as("every certificate committed with its progress").isEqualTo(atKill);
        assertThat(lastNumberTaken()).as("no number taken without its certificate").isEqualTo(atKill);

        assertThat(runner.runToEnd(batchId)).as("this node resumes at the first item without a certificate").isEqualTo(SIZE - atKill);

        List<String> numbers = jdbc.sql("""
                        select c.number from certificate c join application a on a.id = c.application_id
                        where a.round_id = ? order by c.number""")
                .param(round.getId()).query(String.class).list();
        assertThat(numbers).as("1..500, each once").containsExactlyElementsOf(
                IntStream.rangeClosed(1, SIZE).mapToObj(n -> "SDMP-%d-%05d".formatted(YEAR, n)).toList());
        assertThat(jdbc.sql("""
                        select c.number from certificate_batch_item i join certificate c on c.id = i.certificate_id
                        where i.batch_id = ? order by i.position""").param(batchId).query(String.class).list())
                .as("in the list's order across the kill").isEqualTo(numbers);
        assertThat(lastNumberTaken()).isEqualTo(SIZE);
        CertificateBatch batch = batchRepository.findById(batchId).orElseThrow();
        assertThat(batch.getState()).isEqualTo(CertificateBatch.State.DONE);
        assertThat(batch.getIssued()).isEqualTo(SIZE);
    }

    /**
     * Another node of the application on the same database: the embedded server the test context leased (the test
     * profile's data directory), its own engine name, no deployment or migration of its own, the runner on and
     * looking for batches every 100 ms.
     */
    private static ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(AwardsApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("test")
                // As command-line arguments: they win over application-test.yml, which turns the runner off.
                .run("--server.port=0",
                        "--spring.jmx.enabled=false",
                        "--spring.flyway.enabled=false",
                        "--brand-award.demo-data=false",
                        "--brand-award.certificate-batch.background=true",
                        "--brand-award.certificate-batch.poll-interval=PT0.1S",
                        "--camunda.bpm.process-engine-name=secondNode",
                        "--camunda.bpm.auto-deployment-enabled=false",
                        "--camunda.bpm.job-execution.enabled=false");
    }

    private void waitUntilIssued(long batchId, int count, Duration atMost) throws InterruptedException {
        // Real elapsed time, not a moment of the application's: how long the test waits for the other node.
        long deadline = System.nanoTime() + atMost.toNanos();
        while (issued(batchId) < count) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("the second node issued only " + issued(batchId) + " in " + atMost);
            }
            Thread.sleep(20);
        }
    }

    private int issued(long batchId) {
        return jdbc.sql("select issued from certificate_batch where id = ?").param(batchId).query(Integer.class).single();
    }

    private long certificatesOfRound(Round round) {
        return jdbc.sql("select count(*) from certificate c join application a on a.id = c.application_id where a.round_id = ?")
                .param(round.getId()).query(Long.class).single();
    }

    private int lastNumberTaken() {
        return jdbc.sql("select last_number from certificate_number_sequence where prefix = ?").param("SDMP-" + YEAR + "-")
                .query(Integer.class).single();
    }
}
