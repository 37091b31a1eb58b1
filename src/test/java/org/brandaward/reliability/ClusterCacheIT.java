package org.brandaward.reliability;

import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.certificate.CertificateService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.ListApproval;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.publication.PublicationService;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change made on one node reaches the public cache of another node on the same database at once, not after the
 * cache's expiry: the production jar caches a certificate's 证书查验 answer, the test context (another node) reissues
 * the certificate under a new name, and the jar answers the new name within a couple of seconds (PostgreSQL
 * LISTEN/NOTIFY, cluster/ClusterCacheEvictions); likewise a published list whose certificates the test context issues.
 * Rounds of 2187-2188.
 */
@ReliabilityTest
class ClusterCacheIT {

    static final Duration SEEN_WITHIN = Duration.ofSeconds(2);

    @Autowired RoundFixtures rounds;
    @Autowired OrganisationFixtures organisations;
    @Autowired PublicationFixtures publication;
    @Autowired CertificateService certificates;
    @Autowired CertificateFixtures certificateFixtures;
    @Autowired PublicationService publications;
    @Autowired Clock clock;

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
    void a_certificate_changed_on_one_node_is_answered_anew_by_the_other_at_once() throws Exception {
        Round round = rounds.round("sd-famous-product", 2187, null);
        String applicant = organisations.applicantWithOrganisation("烟台集群缓存机械有限公司");
        long id = publication.recognisedApplication(applicant, round, "烟台集群牌机床");
        String number = SignIn.asEngine(() -> certificates.ofApplication(id)).orElseThrow().getNumber();
        SignIn.out();
        Round listed = rounds.round("sd-famous-product", 2188, null);
        organisations.applicantWithOrganisation("威海集群名单食品有限公司");
        long entry = publication.reviewedApplication(listed, "威海集群牌海参");
        SignIn.as("office", Roles.OFFICE);
        publications.startDecision(listed.getId());
        String listTask = publication.toListApproval(listed, List.of(entry));
        publications.approve(listTask, new ListApproval("鲁政字〔2188〕1号", LocalDate.now(clock), Map.of()));
        SignIn.out();

        // the batch runner off: the list's certificates are issued here, by the other node
        node = Node.jar("cache-node", ReliabilityDatabase.jdbcUrl(), work.resolve("node"), work.resolve("shared"),
                "--brand-award.certificate-batch.background=false").start().awaitUp();
        String path = "api/public/certificates/" + number;
        for (int i = 0; i < 2; i++) { // the second answer comes from the jar's cache
            assertThat(node.get(path).body()).contains("烟台集群缓存机械有限公司");
        }

        SignIn.as("office", Roles.OFFICE);
        certificates.reissue(id, "烟台集群缓存新名集团有限公司", "工商登记名称变更");
        SignIn.out();
        long changed = System.nanoTime();
        Backends.await(() -> answer(path).contains("烟台集群缓存新名集团有限公司"), SEEN_WITHIN, "the other node answers the new name");
        System.out.printf("ClusterCacheIT: the other node answered the new name %d ms after the commit%n",
                (System.nanoTime() - changed) / 1_000_000);

        String list = "api/public/lists/" + listed.getId();
        for (int i = 0; i < 2; i++) {
            assertThat(node.get(list).body()).contains("威海集群名单食品有限公司", "\"certificateNumber\":null");
        }
        certificateFixtures.issueAll(listed.getId());
        SignIn.out();
        long issued = System.nanoTime();
        Backends.await(() -> !answer(list).contains("\"certificateNumber\":null"), SEEN_WITHIN, "the other node's list shows the number");
        System.out.printf("ClusterCacheIT: the other node's list showed the number %d ms after the commit%n",
                (System.nanoTime() - issued) / 1_000_000);
    }

    private String answer(String path) {
        try {
            return node.get(path).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
