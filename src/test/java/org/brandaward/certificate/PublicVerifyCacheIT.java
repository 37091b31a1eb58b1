package org.brandaward.certificate;

import org.brandaward.IntegrationTest;
import org.brandaward.TestClock;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * 证书查验 is answered from a cache of certificates' facts: every change of a certificate is seen on the next answer
 * (the JSON, the QR code's page and the page by number) — a reissue under a new name, a revocation — and the state
 * is read with today's date, so a cached certificate is never valid past its last day.  Rounds of 2053.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PublicVerifyCacheIT {

    private static final String FAMOUS = "sd-famous-product";

    @Autowired MockMvc mvc;
    @Autowired RoundFixtures rounds;
    @Autowired OrganisationFixtures organisations;
    @Autowired PublicationFixtures publication;
    @Autowired CertificateService certificates;
    @Autowired CertificateVerification verification;
    @Autowired RevocationReviewService reviews;
    @Autowired WorkflowService workflow;
    @Autowired TestClock clock;

    @AfterEach
    void release() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void the_cached_answer_follows_a_reissue_a_revocation_and_the_date() throws Exception {
        Round round = rounds.round(FAMOUS, 2053, null);
        String applicant = organisations.applicantWithOrganisation("潍坊缓存查验机械有限公司");
        long id = publication.recognisedApplication(applicant, round, "潍坊缓存牌机床");
        Certificate certificate = certificates.ofApplication(id).orElseThrow();
        String number = certificate.getNumber();
        String payload = SignIn.asEngine(() -> verification.payload(number));
        SignIn.out();

        for (int i = 0; i < 2; i++) { // the second answer comes from the cache
            assertThat(json(number)).contains("\"state\":\"VALID\"", "潍坊缓存查验机械有限公司");
            assertThat(page("/v/" + payload)).contains("data-state=\"VALID\"", "潍坊缓存查验机械有限公司");
        }
        assertThat(json("NO-SUCH-" + number)).contains("\"state\":\"UNKNOWN\"");

        LocalDate lastDay = certificate.getValidUntil();
        clock.fixAt(ZonedDateTime.of(lastDay, LocalTime.of(23, 59), ClockConfiguration.ZONE));
        assertThat(json(number)).as("on its last day").contains("\"state\":\"VALID\"");
        clock.fixAt(ZonedDateTime.of(lastDay.plusDays(1), LocalTime.of(0, 1), ClockConfiguration.ZONE));
        assertThat(json(number)).as("the day after, from the same cached facts").contains("\"state\":\"EXPIRED\"");
        assertThat(page("/v/" + payload)).contains("data-state=\"EXPIRED\"");
        clock.reset();

        SignIn.as("office", Roles.OFFICE);
        certificates.reissue(id, "潍坊缓存查验新名集团有限公司", "工商登记名称变更");
        SignIn.out();
        assertThat(json(number)).contains("\"state\":\"VALID\"", "潍坊缓存查验新名集团有限公司").doesNotContain("潍坊缓存查验机械有限公司");
        assertThat(page("/v/" + payload)).as("the first print's QR code").contains("潍坊缓存查验新名集团有限公司");

        SignIn.as("office", Roles.OFFICE);
        reviews.open(id, RevocationGround.FRAUD, "申报材料弄虚作假");
        String task = workflow.inbox().stream()
                .filter(t -> t.applicationId() == id && t.key().equals(RevocationReviewService.TASK_KEY)).findFirst().orElseThrow().id();
        LocalDate today = LocalDate.now(clock);
        reviews.revoke(task, id, new RevocationDecision(RevocationGround.FRAUD, "鲁质强办〔2053〕9号", today, "弄虚作假"));
        SignIn.out();
        assertThat(json(number)).contains("\"state\":\"REVOKED\"", "鲁质强办〔2053〕9号");
        assertThat(page("/v/" + payload)).contains("data-state=\"REVOKED\"");
        assertThat(page("/verify?number=" + number)).contains("data-state=\"REVOKED\"");
    }

    private String json(String number) throws Exception {
        return body(mvc.perform(get("/api/public/certificates/" + number)).andReturn());
    }

    private String page(String path) throws Exception {
        return body(mvc.perform(get(path)).andReturn());
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
