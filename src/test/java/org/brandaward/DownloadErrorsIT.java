package org.brandaward;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.application.ApplicationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A download that cannot be served answers with its status and one plain-text sentence in the requester's language:
 * the one chosen in the session, else Accept-Language, else Chinese. Never a Whitelabel page, an exception or a key.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DownloadErrorsIT {

    private static final String DENIED_ZH = "您无权查看此内容。如有疑问，请联系评审办公室。";
    private static final String DENIED_EN = "You may not see this. Ask the award office if you think you should.";

    @Autowired MockMvc mvc;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;

    private long theirs;
    private String intruder;

    @BeforeEach
    void anotherOrganisationHasAnApplication() {
        long roundId = roundFixtures.round(2026).getId();
        organisationFixtures.applicantWithOrganisation("淄博陶瓷有限公司");
        theirs = applications.createDraft(roundId, ApplicantKind.ORGANISATION).getId();
        intruder = organisationFixtures.applicantWithOrganisation("枣庄煤业有限公司");
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_missing_application_answers_404_with_the_rules_sentence_in_both_languages() throws Exception {
        assertText(get("/certificates/{id}.pdf", 999_999_999L), 404, "未找到该申报");
        assertText(get("/certificates/{id}.pdf", 999_999_999L).header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"), 404,
                "Application not found");
        assertText(get("/feedback/{id}.pdf", 999_999_999L).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"), 404, "未找到该申报");
    }

    @Test
    void an_id_that_is_none_answers_404_not_400() throws Exception {
        assertText(get("/certificates/abc.pdf"), 404, "未找到要下载的文件");
        assertText(get("/feedback/abc.pdf").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 404, "The file to download was not found");
        assertText(get("/attachments/12"), 404, "未找到该附件");
        assertText(get("/attachments/not-a-key").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 404, "Attachment not found");
    }

    @Test
    void another_organisations_files_answer_403_in_both_languages() throws Exception {
        assertText(get("/certificates/{id}.pdf", theirs), 403, DENIED_ZH);
        assertText(get("/certificates/{id}.pdf", theirs).header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 403, DENIED_EN);
        assertText(get("/feedback/{id}.pdf", theirs), 403, DENIED_ZH);
        assertText(get("/feedback/{id}.pdf", theirs).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB"), 403, DENIED_EN);
    }

    @Test
    void the_language_chosen_in_the_session_wins_over_the_browsers() throws Exception {
        assertText(get("/certificates/{id}.pdf", theirs).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .sessionAttr(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.ENGLISH), 403, DENIED_EN);
        assertText(get("/certificates/abc.pdf").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .sessionAttr(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.SIMPLIFIED_CHINESE), 404, "未找到要下载的文件");
    }

    @Test
    void a_language_neither_chinese_nor_english_reads_chinese() throws Exception {
        assertText(get("/certificates/{id}.pdf", theirs).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,de;q=0.8"), 403, DENIED_ZH);
    }

    @Test
    void a_visitor_is_still_asked_to_sign_in() throws Exception {
        // anonymous(): the fixtures' sign-ins would otherwise linger in the test's security context.
        mvc.perform(get("/certificates/{id}.pdf", theirs).with(anonymous()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }

    /** Performs {@code request} as the intruding applicant and expects {@code status} with exactly {@code text}. */
    private void assertText(MockHttpServletRequestBuilder request, int status, String text) throws Exception {
        MvcResult result = mvc.perform(request.with(user(intruder).roles(Roles.APPLICANT)))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andReturn();
        assertThat(result.getResponse().getCharacterEncoding()).isEqualToIgnoringCase("UTF-8");
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).isEqualTo(text).doesNotContain("Whitelabel", "Exception", ".notFound");
    }
}
