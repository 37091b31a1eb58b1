package org.brandaward.reliability;

import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the production jar while its background runner issues a batch of 300 certificates (CertificateBatchKillIT
 * closes a context; this kills the process): every certificate committed has its number, its batch item and its
 * progress, no number was taken without its certificate; the batch then resumes in this context and ends with every
 * number 1..300 exactly once, in the list's order. Round of 2186.
 */
@ReliabilityTest
class CertificateBatchKillNineIT {

    static final int SIZE = 300;

    @Autowired RoundFixtures roundFixtures;
    @Autowired CertificateFixtures certificateFixtures;
    @Autowired JdbcClient jdbc;

    @TempDir Path work;
    Node node;

    @AfterEach
    void stop() throws Exception {
        SignIn.out();
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void a_batch_whose_node_is_killed_midway_resumes_with_every_number_once() throws Exception {
        Round round = roundFixtures.round("sd-famous-product", 2186, null);
        List<Long> ids = certificateFixtures.approvedApplications(round, SIZE);
        SignIn.out();
        node = Node.jar("batch-node", ReliabilityDatabase.jdbcUrl(), work.resolve("node"), work.resolve("shared")).start().awaitUp();
        long batchId = certificateFixtures.queueBatch(round, ids);
        SignIn.out();
        Backends.await(() -> issued(batchId) >= SIZE / 4, Duration.ofMinutes(2), "the node issued a quarter");
        node.kill();
        new Backends(jdbc).awaitGone(node.name(), Duration.ofSeconds(30));

        int atKill = issued(batchId);
        System.out.printf("CertificateBatchKillNineIT: killed at %d of %d issued%n", atKill, SIZE);
        assertThat(atKill).as("killed midway").isBetween(SIZE / 4, SIZE - 1);
        assertThat(certificates(round)).as("every committed certificate counted in the batch's progress").isEqualTo(atKill);
        assertThat(jdbc.sql("select count(*) from certificate_batch_item where batch_id = ? and certificate_id is not null")
                .param(batchId).query(Long.class).single()).isEqualTo(atKill);
        assertThat(lastNumber()).as("no number taken without its certificate").isEqualTo(atKill);

        assertThat(certificateFixtures.issueAll(round.getId())).as("resumed here at the first open item").isEqualTo(SIZE - atKill);
        SignIn.out();
        List<String> expected = IntStream.rangeClosed(1, SIZE).mapToObj(n -> "SDMP-2186-%05d".formatted(n)).toList();
        assertThat(jdbc.sql("""
                        select c.number from certificate_batch_item i join certificate c on c.id = i.certificate_id
                        where i.batch_id = ? order by i.position""").param(batchId).query(String.class).list())
                .as("1..300 once each, in the list's order across the kill").isEqualTo(expected);
        assertThat(jdbc.sql("select count(*) from audit_event e join certificate c on c.id = e.entity_id join application a on a.id = c.application_id"
                        + " where e.entity_type = 'CERTIFICATE' and e.action = 'ISSUED' and a.round_id = ?")
                .param(round.getId()).query(Long.class).single()).as("one ISSUED row each").isEqualTo(SIZE);
        assertThat(lastNumber()).isEqualTo(SIZE);
    }

    private int issued(long batchId) {
        return jdbc.sql("select issued from certificate_batch where id = ?").param(batchId).query(Integer.class).single();
    }

    private long certificates(Round round) {
        return jdbc.sql("select count(*) from certificate c join application a on a.id = c.application_id where a.round_id = ?")
                .param(round.getId()).query(Long.class).single();
    }

    private int lastNumber() {
        return jdbc.sql("select last_number from certificate_number_sequence where prefix = 'SDMP-2186-'").query(Integer.class).single();
    }
}
