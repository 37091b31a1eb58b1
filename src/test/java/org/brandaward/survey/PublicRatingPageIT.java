package org.brandaward.survey;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import jakarta.servlet.http.Cookie;
import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A visitor without an account rates a 山东服务名牌 2073 candidate; what the organisation typed shows as text. */
@IntegrationTest
@AutoConfigureMockMvc
class PublicRatingPageIT {

    private static final String MARKUP_NAME = "<script>alert('x')</script>&<b>老字号</b>";

    @Autowired MockMvc mvc;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;
    @Autowired SurveyService surveys;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_visitor_rates_once_from_a_browser_and_typed_markup_shows_as_text() throws Exception {
        Round round = roundFixtures.round("sd-service-brand", 2073, null);
        organisationFixtures.applicantWithOrganisation(MARKUP_NAME);
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("<i>服务</i>"));
        SignIn.as("office", Roles.OFFICE);
        LocalDate today = LocalDate.now(clock);
        surveys.setWindow(round.getId(), today, today);
        UUID key = surveys.figuresOf(round.getId()).stream().filter(c -> c.applicationId() == id).findFirst().orElseThrow().publicKey();
        SignIn.out();

        String index = mvc.perform(get("/public/ratings").with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(index).contains("/public/ratings/" + key).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&lt;b&gt;老字号&lt;/b&gt;")
                .doesNotContain("<script>alert").doesNotContain("/public/ratings/" + id + "\"");

        MvcResult first = mvc.perform(get("/public/ratings/" + key).with(anonymous())).andExpect(status().isOk()).andReturn();
        String page = first.getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("<i>服务</i>")
                .contains("已有 0 份评价；满 30 份后计入满意度").contains("name=\"q.quality\"");
        Cookie browser = first.getResponse().getCookie(PublicRatingController.COOKIE);
        assertThat(browser).isNotNull();
        assertThat(browser.isHttpOnly()).isTrue();

        String thanks = mvc.perform(post("/public/ratings/" + key).with(anonymous()).with(csrf()).cookie(browser)
                        .with(r -> { r.setRemoteAddr("10.7.0.1"); return r; })
                        .param("q.quality", "5").param("q.service", "4").param("q.trust", "5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(thanks).contains("感谢您的评价").contains("已有 1 份评价");

        String again = mvc.perform(post("/public/ratings/" + key).with(anonymous()).with(csrf()).cookie(browser)
                        .with(r -> { r.setRemoteAddr("10.7.0.2"); return r; })
                        .param("q.quality", "1").param("q.service", "1").param("q.trust", "1"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("您已评价过该对象").contains("已有 1 份评价");

        mvc.perform(get("/public/ratings/" + UUID.randomUUID()).with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(get("/public/ratings/" + id).with(anonymous())).andExpect(status().isNotFound());
        mvc.perform(post("/public/ratings/" + key).with(anonymous()).param("q.quality", "5")).andExpect(status().isForbidden());
    }

    @Test
    void outside_the_window_the_page_says_the_survey_is_closed() throws Exception {
        Round round = roundFixtures.round("sd-service-brand", 2073, null);
        organisationFixtures.applicantWithOrganisation("曲阜三孔旅游服务有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("旅游服务"));
        SignIn.as("office", Roles.OFFICE);
        LocalDate today = LocalDate.now(clock);
        surveys.setWindow(round.getId(), today.minusDays(10), today.minusDays(1));
        UUID key = surveys.figuresOf(round.getId()).stream().filter(c -> c.applicationId() == id).findFirst().orElseThrow().publicKey();
        SignIn.out();

        String page = mvc.perform(get("/public/ratings/" + key).param("lang", "en").with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rating is not open.").doesNotContain("name=\"q.quality\"");
        assertThat(mvc.perform(get("/public/ratings").with(anonymous())).andReturn().getResponse().getContentAsString())
                .doesNotContain(key.toString());
    }
}
