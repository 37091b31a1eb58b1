package org.brandaward.benchmark;

import org.brandaward.IntegrationTest;
import org.brandaward.certificate.CertificateContent;
import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.certificate.CertificateRenderer;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificate throughput: PDFs rendered per second on one thread with the compiled templates cached (each family's
 * template, the QR code of a signed address), and a batch of 2,500 certificates issued by the batch runner as a
 * publication queues it, with its progress printed as the round's page shows it. Sizes: {@code -Dcertificates.renders}
 * (600), {@code -Dcertificates.batch} (2500). Run: {@code ./mvnw -Pbenchmark verify -Dit.test=CertificateBenchmark}.
 */
@IntegrationTest
class CertificateBenchmark {

    static final int YEAR = 2069;

    @Autowired
    CertificateRenderer renderer;
    @Autowired
    CertificateFixtures certificates;
    @Autowired
    RoundFixtures rounds;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void pdfs_per_second_on_one_thread() {
        int renders = Integer.getInteger("certificates.renders", 600);
        List<Family> families = List.of(Family.FAMOUS_BRAND, Family.QUALITY_AWARD, Family.TIME_HONOURED);
        for (int i = 0; i < 60; i++) {
            render(families.get(i % 3), i);
        }
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < renders; i++) {
            bytes += render(families.get(i % 3), i).length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "certificates: %d PDFs on one thread in %.1f s: %.1f PDFs/s, %.1f ms each, %d KiB each%n",
                renders, seconds, renders / seconds, seconds * 1000 / renders, bytes / renders / 1024);
    }

    @Test
    void a_batch_of_certificates_with_its_progress() throws Exception {
        int size = Integer.getInteger("certificates.batch", 2500);
        Round round = rounds.round(YEAR);
        List<Long> approved = certificates.approvedApplications(round, size);
        long batchId = certificates.queueBatch(round, approved);
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        progress.scheduleAtFixedRate(() -> System.out.printf(Locale.ROOT, "certificates: batch %s after %.0f s%n",
                jdbc.sql("select issued || ' of ' || total from certificate_batch where id = ?").param(batchId).query(String.class).single(),
                (System.nanoTime() - start) / 1e9), 5, 5, TimeUnit.SECONDS);
        int issued;
        try {
            issued = certificates.issueAll(round.getId());
        } finally {
            progress.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(issued).isEqualTo(size);
        System.out.printf(Locale.ROOT, "certificates: a batch of %d issued in %.1f s: %.1f certificates/s (number, audit, timeline, validity process, mail each)%n",
                size, seconds, size / seconds);
    }

    private byte[] render(Family family, int i) {
        LocalDate today = LocalDate.now(clock);
        String number = "SDMP-" + YEAR + "-%05d".formatted(i + 1);
        return renderer.render(new CertificateContent(family, number, "山东名牌产品", "济南测试有限公司" + i, "91370100MA3C5K7X0Q",
                "测试产品" + i, false, "山东省质量强省及品牌战略推进工作领导小组", today, today, today.plusYears(3), 1, null,
                "https://example.gov.cn/v/" + "A".repeat(120) + i));
    }
}
