package org.brandaward.reliability;

import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.survey.SurveyImport;
import org.brandaward.survey.SurveyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of a node in the middle of a satisfaction survey import (满意度调查结果导入): the import of 200 rows has
 * replaced the round's earlier results and written 199 rows when the node is killed (the test holds the last
 * application's row lock, which the last row's foreign key check waits for). The import is all or nothing: after the
 * kill the earlier import is whole and nothing of the new one is there; run again, it stores its 200 rows once, and
 * a third run replaces them with the same 200 — never a duplicate. Round of 2181.
 */
@ReliabilityTest
class SurveyImportKillIT {

    static final int ROWS = 200;

    @Autowired RoundFixtures roundFixtures;
    @Autowired CertificateFixtures certificateFixtures;
    @Autowired SurveyService surveys;
    @Autowired DataSource dataSource;
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
    void an_import_killed_midway_is_absent_and_runs_again_without_duplicates() throws Exception {
        Round round = roundFixtures.round("sd-famous-product", 2181, null);
        List<Long> applications = certificateFixtures.approvedApplications(round, ROWS);
        SignIn.out();
        Path earlier = csv(applications, "70");
        Path later = csv(applications, "90.5");
        importInThisNode(round, earlier);
        assertThat(scores(round)).as("the earlier import").containsOnlyKeys(new BigDecimal("70.00")).containsValue((long) ROWS);
        long auditBefore = imports(round);

        Backends backends = new Backends(jdbc);
        node = Node.testClass("import-node", ImportNode.class, Node.named(ReliabilityDatabase.jdbcUrl(), "import-node"),
                Long.toString(round.getId()), later.toString());
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from application where id = ? for update")) {
                lock.setLong(1, applications.get(ROWS - 1));
                lock.executeQuery().close();
            }
            node.start();
            node.awaitOutput(ImportNode.IMPORTING);
            backends.awaitWaitingForLock(node.name(), Duration.ofSeconds(60));
            node.kill();
            holder.rollback();
        }
        backends.awaitGone(node.name(), Duration.ofSeconds(30));
        assertThat(scores(round)).as("after the kill: the earlier import, whole; nothing of the killed one")
                .containsOnlyKeys(new BigDecimal("70.00")).containsValue((long) ROWS);
        assertThat(imports(round)).as("no audit row of the killed import").isEqualTo(auditBefore);

        importInThisNode(round, later);
        assertThat(scores(round)).as("run again: all its rows").containsOnlyKeys(new BigDecimal("90.50")).containsValue((long) ROWS);
        importInThisNode(round, later);
        assertThat(scores(round)).as("and once more: replaced, not added").containsOnlyKeys(new BigDecimal("90.50")).containsValue((long) ROWS);
        assertThat(jdbc.sql("select count(distinct application_id) from survey_result where round_id = ?").param(round.getId())
                .query(Long.class).single()).isEqualTo(ROWS);
        assertThat(imports(round)).as("one audit row per import that committed").isEqualTo(auditBefore + 2);
    }

    private void importInThisNode(Round round, Path file) throws Exception {
        SignIn.as("office", Roles.OFFICE);
        byte[] content = Files.readAllBytes(file);
        SurveyImport.Result preview = surveys.preview(round.getId(), file.getFileName().toString(), content);
        assertThat(preview.rejected()).isEmpty();
        assertThat(surveys.confirm(round.getId(), file.getFileName().toString(), content, preview.digest())).isEqualTo(ROWS);
        SignIn.out();
    }

    private Path csv(List<Long> applications, String score) throws Exception {
        String rows = applications.stream().map(id -> "," + id + ",100," + score).collect(Collectors.joining("\n"));
        Path file = work.resolve("survey-" + score + ".csv");
        Files.writeString(file, "credit_code,application_number,sample_size,score\n" + rows + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** The round's stored results: how many rows of each score. */
    private java.util.Map<BigDecimal, Long> scores(Round round) {
        return jdbc.sql("select score, count(*) from survey_result where round_id = ? group by score").param(round.getId())
                .query((rs, n) -> java.util.Map.entry(rs.getBigDecimal(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    private long imports(Round round) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'SURVEY_IMPORT' and entity_id = ?")
                .param(round.getId()).query(Long.class).single();
    }
}
