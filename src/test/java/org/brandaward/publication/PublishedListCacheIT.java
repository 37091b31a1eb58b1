package org.brandaward.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.brandaward.IntegrationTest;
import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published list is served from a cache, and every change of it shows on the next request: the round not yet
 * published (404, cached too) becomes its list once published, and each certificate number appears as it is issued.
 * Its open data may be cached by browsers for a minute. Rounds of 2054.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PublishedListCacheIT {

    @Autowired MockMvc mvc;
    @Autowired RoundFixtures rounds;
    @Autowired OrganisationFixtures organisations;
    @Autowired PublicationFixtures publication;
    @Autowired PublicationService publications;
    @Autowired CertificateFixtures certificates;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_cached_list_follows_its_publication_and_its_certificates() throws Exception {
        Round round = rounds.round("sd-famous-product", 2054, null);
        organisations.applicantWithOrganisation("临沂缓存名单食品有限公司");
        long first = publication.reviewedApplication(round, "临沂缓存牌煎饼");
        organisations.applicantWithOrganisation("日照缓存名单茶业有限公司");
        long second = publication.reviewedApplication(round, "日照缓存牌绿茶");
        String json = "/api/public/lists/" + round.getId();
        String page = "/public/lists/" + round.getId();

        SignIn.as("office", org.brandaward.security.Roles.OFFICE);
        publications.startDecision(round.getId());
        String listTask = publication.toListApproval(round, List.of(first, second));
        SignIn.out();
        assertThat(status(json)).as("not yet published").isEqualTo(404);
        assertThat(status(page)).isEqualTo(404);

        SignIn.as("office", org.brandaward.security.Roles.OFFICE);
        publications.approve(listTask, new ListApproval("鲁政字〔2054〕1号", LocalDate.now(clock), Map.of()));
        SignIn.out();
        MvcResult published = get(json);
        assertThat(published.getResponse().getStatus()).isEqualTo(200);
        assertThat(published.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=60, public");
        assertThat(body(published)).contains("临沂缓存名单食品有限公司", "日照缓存名单茶业有限公司", "\"certificateNumber\":null");
        assertThat(body(get(page))).contains("临沂缓存名单食品有限公司");

        assertThat(certificates.issueNext(round.getId())).isTrue();
        String afterOne = body(get(json));
        assertThat(afterOne).as("one number issued").contains("\"certificateNumber\":null").containsPattern("\"certificateNumber\":\"[^\"]+\"");
        certificates.issueAll(round.getId());
        assertThat(body(get(json))).doesNotContain("\"certificateNumber\":null");
        String listPage = body(get(page));
        for (JsonNode entry : new ObjectMapper().readTree(body(get(json))).get("entries")) {
            assertThat(listPage).contains(entry.get("certificateNumber").asText());
        }
    }

    private int status(String path) throws Exception {
        return get(path).getResponse().getStatus();
    }

    private MvcResult get(String path) throws Exception {
        MvcResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)).andReturn();
        return result;
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
