package org.brandaward.reliability;

import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the node whose job executor is closing a public notice (公示) by its timer: the job is acquired and its
 * transaction is inside the notice (the test holds the notice's row lock, so the node waits there), the node is
 * killed, its transaction rolls back; after a restart the job, free once its lock expires, runs again and the notice
 * is closed exactly once — one CLOSED audit row, the process ended, no job or incident left. Round of 2180.
 */
@ReliabilityTest
class NoticeTimerKillIT {

    @Autowired RoundFixtures roundFixtures;
    @Autowired CertificateFixtures certificateFixtures;
    @Autowired RuntimeService runtime;
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
    void a_node_killed_while_its_timer_closes_a_notice_leaves_it_open_and_the_restarted_node_closes_it_once() throws Exception {
        Round round = roundFixtures.round("sd-famous-product", 2180, null);
        long applicationId = certificateFixtures.approvedApplications(round, 1).get(0);
        SignIn.out();
        Notices notices = new Notices(runtime, jdbc);
        Backends backends = new Backends(jdbc);
        Notices.Opened notice = notices.open(round, applicationId);
        assertThat(notices.status(notice)).isEqualTo("OPEN");

        node = Node.jar("timer-node", ReliabilityDatabase.jdbcUrl(), work.resolve("node"), work.resolve("shared")).start().awaitUp();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from notice where id = ? for update")) {
                lock.setLong(1, notice.noticeId());
                lock.executeQuery().close();
            }
            notices.periodOver(notice);
            backends.awaitWaitingForLock(node.name(), Duration.ofSeconds(60));
            assertThat(jdbc.sql("select lock_owner_ from act_ru_job where process_instance_id_ = ?").param(notice.processInstanceId())
                    .query(String.class).single()).as("the job is acquired by the node").isNotNull();
            node.kill();
            holder.rollback();
        }
        backends.awaitGone(node.name(), Duration.ofSeconds(30));
        assertThat(notices.status(notice)).as("the killed transaction rolled back").isEqualTo("OPEN");
        assertThat(notices.audited(notice, "CLOSED")).isZero();
        assertThat(jdbc.sql("select count(*) from act_ru_job where process_instance_id_ = ?").param(notice.processInstanceId())
                .query(Long.class).single()).as("the timer job is still there, locked by the dead node").isEqualTo(1);

        long restarted = System.nanoTime();
        node.start().awaitUp();
        Backends.await(() -> notices.engineRowsLeft(notice) == 0 && "CLOSED".equals(notices.status(notice)),
                Duration.ofSeconds(90), "the restarted node closes the notice");
        System.out.printf("NoticeTimerKillIT: closed %.1f s after the restart (job lock %s)%n",
                (System.nanoTime() - restarted) / 1e9, Node.JOB_LOCK_TIME);
        assertThat(notices.audited(notice, "CLOSED")).as("closed exactly once").isEqualTo(1);
        assertThat(notices.audited(notice, "OPENED")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from act_hi_procinst where id_ = ? and end_time_ is not null")
                .param(notice.processInstanceId()).query(Long.class).single()).as("the process ended").isEqualTo(1);
    }
}
