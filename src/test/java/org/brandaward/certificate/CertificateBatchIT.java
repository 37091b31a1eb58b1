package org.brandaward.certificate;

import org.brandaward.IntegrationTest;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.programme.ProgrammeSetting;
import org.brandaward.programme.ProgrammeSettings;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.shared.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 批量发证 on PostgreSQL: two runners on one batch at once never issue a certificate twice and number it in the list's
 * order; a step meets a batch another runner holds and leaves it at once (skip locked); a failed step stops the batch
 * with its reason until the office resumes it, and it then goes on where it stopped; the number's digits are a
 * programme setting.
 */
@IntegrationTest
class CertificateBatchIT {

    static final String PROGRAMME = "sd-famous-product";
    static final int TWO_RUNNERS_YEAR = 2061;
    static final int STOPPED_YEAR = 2062;

    @Autowired RoundFixtures roundFixtures;
    @Autowired CertificateFixtures certificateFixtures;
    @Autowired CertificateBatchRunner runner;
    @Autowired CertificateBatchSteps steps;
    @Autowired CertificateBatchRepository batchRepository;
    @Autowired CertificateBatches batches;
    @Autowired ProgrammeSettings settings;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void two_runners_at_once_issue_every_certificate_once_numbered_in_the_lists_order() throws Exception {
        Round round = roundFixtures.round(PROGRAMME, TWO_RUNNERS_YEAR, null);
        List<Long> ids = certificateFixtures.approvedApplications(round, 60);
        long batchId = certificateFixtures.queueBatch(round, ids);

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(() -> {
                start.await();
                return runner.runToEnd(batchId);
            });
            Future<Integer> second = pool.submit(() -> {
                start.await();
                return runner.runToEnd(batchId);
            });
            assertThat(first.get(2, TimeUnit.MINUTES) + second.get(2, TimeUnit.MINUTES)).as("each step issued by one runner only").isEqualTo(60);
        } finally {
            pool.shutdownNow();
        }

        assertThat(numbersInListOrder(batchId)).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 60).mapToObj(n -> "SDMP-2061-%05d".formatted(n)).toList());
        assertThat(certificatesOfRound(round)).as("one certificate per application, none twice").isEqualTo(60);
        CertificateBatch batch = batchRepository.findById(batchId).orElseThrow();
        assertThat(batch.getState()).isEqualTo(CertificateBatch.State.DONE);
        assertThat(batch.getIssued()).isEqualTo(60);
        assertThat(SignIn.asEngine(() -> audit.history(CertificateBatches.AUDIT_TYPE, batchId))).extracting(AuditEvent::getAction)
                .containsExactly("QUEUED", "STARTED", "DONE");
    }

    @Test
    void a_step_leaves_a_batch_another_runner_holds_at_once_and_a_failed_step_stops_it_until_the_office_resumes_it() throws Exception {
        Round round = roundFixtures.round(PROGRAMME, STOPPED_YEAR, null);
        List<Long> ids = certificateFixtures.approvedApplications(round, 3);
        long batchId = certificateFixtures.queueBatch(round, ids);

        // Another runner's step holds the batch: this one does not wait for it.
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> transactions.executeWithoutResult(status -> {
                batchRepository.claim(batchId).orElseThrow();
                held.countDown();
                await(release);
            }));
            await(held);
            assertThat(SignIn.asEngine(() -> steps.issueNext(batchId))).isEqualTo(CertificateBatchSteps.Outcome.BUSY);
            release.countDown();
            holder.get(1, TimeUnit.MINUTES);
        } finally {
            other.shutdownNow();
        }

        // The second application is no longer approved (as if its approval were withdrawn): the batch stops there.
        jdbc.sql("update application set status = 'NOT_APPROVED' where id = ?").param(ids.get(1)).update();
        assertThat(runner.runToEnd(batchId)).isEqualTo(1);
        SignIn.as("office", Roles.OFFICE);
        CertificateBatches.Progress stopped = batches.progress(round.getId()).orElseThrow();
        assertThat(stopped.status()).isEqualTo(CertificateBatches.Status.STOPPED);
        assertThat(stopped.issued()).isEqualTo(1);
        assertThat(stopped.error()).contains("application.wrongStage");
        assertThat(stopped.resumable()).isTrue();

        jdbc.sql("update application set status = 'APPROVED' where id = ?").param(ids.get(1)).update();
        batches.resume(round.getId());
        assertThat(batches.progress(round.getId()).orElseThrow().status()).isEqualTo(CertificateBatches.Status.QUEUED);
        assertThat(certificateFixtures.issueAll(round.getId())).isEqualTo(2);
        assertThat(numbersInListOrder(batchId)).containsExactly("SDMP-2062-00001", "SDMP-2062-00002", "SDMP-2062-00003");
        assertThatThrownBy(() -> batches.resume(round.getId())).isInstanceOf(RuleViolationException.class)
                .hasMessage("certificateBatch.done[]");
        assertThat(audit.history(CertificateBatches.AUDIT_TYPE, batchId)).extracting(AuditEvent::getAction)
                .containsExactly("QUEUED", "STARTED", "STOPPED", "RESUMED", "STARTED", "DONE");
        assertThat(audit.history(CertificateBatches.AUDIT_TYPE, batchId)).filteredOn(e -> e.getAction().equals("RESUMED"))
                .extracting(AuditEvent::getActor).containsExactly("office");
    }

    @Test
    void the_sequence_is_padded_to_the_programmes_certificate_number_digits() {
        String programme = "sd-service-brand";
        SignIn.as("office", Roles.OFFICE);
        assertThat(settings.valueOf(settings.get(programme), ProgrammeSetting.CERTIFICATE_NUMBER_DIGITS)).as("shipped").isEqualTo(5);
        Round round = roundFixtures.round(programme, STOPPED_YEAR, null);
        List<Long> ids = certificateFixtures.approvedApplications(round, 2);
        SignIn.as("office", Roles.OFFICE);
        assertThatThrownBy(() -> settings.change(programme, Map.of(ProgrammeSetting.CERTIFICATE_NUMBER_DIGITS, 10)))
                .isInstanceOf(RuleViolationException.class).hasMessage("programmeSetting.maximum[9]");
        settings.change(programme, Map.of(ProgrammeSetting.CERTIFICATE_NUMBER_DIGITS, 3));
        try {
            long batchId = certificateFixtures.queueBatch(round, ids);
            certificateFixtures.issueAll(round.getId());
            assertThat(numbersInListOrder(batchId)).containsExactly("SDFW-2062-001", "SDFW-2062-002");
        } finally {
            SignIn.as("office", Roles.OFFICE);
            settings.change(programme, Map.of(ProgrammeSetting.CERTIFICATE_NUMBER_DIGITS, 5)); // the context is shared
        }
    }

    private List<String> numbersInListOrder(long batchId) {
        return jdbc.sql("""
                        select c.number from certificate_batch_item i join certificate c on c.id = i.certificate_id
                        where i.batch_id = ? order by i.position""")
                .param(batchId).query(String.class).list();
    }

    private long certificatesOfRound(Round round) {
        return jdbc.sql("select count(*) from certificate c join application a on a.id = c.application_id where a.round_id = ?")
                .param(round.getId()).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("waited a minute in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
