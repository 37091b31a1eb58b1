package org.brandaward.reliability;

import org.brandaward.certificate.CertificateService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change made on one node reaches the public cache of another node on the same database at once, not after the
 * cache's expiry: the production jar caches a certificate's 证书查验 answer, the test context (another node) reissues
 * the certificate under a new name, and the jar answers the new name within a couple of seconds (PostgreSQL
 * LISTEN/NOTIFY, cluster/ClusterCacheEvictions). Round of 2187.
 */
@ReliabilityTest
class ClusterCacheIT {

    static final Duration SEEN_WITHIN = Duration.ofSeconds(2);

    @Autowired RoundFixtures rounds;
    @Autowired OrganisationFixtures organisations;
    @Autowired PublicationFixtures publication;
    @Autowired CertificateService certificates;

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

        node = Node.jar("cache-node", ReliabilityDatabase.jdbcUrl(), work.resolve("node"), work.resolve("shared")).start().awaitUp();
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
    }

    private String answer(String path) {
        try {
            return node.get(path).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
