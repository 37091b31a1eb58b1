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
 * the one chosen in the session, else Accept-Language, else Chinese. Never a Whitelabel page, an exception or a key;
 * and an id the requester may not read answers exactly as an id that names nothing.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DownloadErrorsIT {

    /** The one answer to an id that names nothing and to an id the requester may not read. */
    private static final String UNAVAILABLE_ZH = "未找到要下载的文件，或您无权下载它";
    private static final String UNAVAILABLE_EN = "No such file, or you may not download it";

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
    void a_missing_application_answers_404_with_one_sentence_in_both_languages() throws Exception {
        assertText(get("/certificates/{id}.pdf", 999_999_999L), 404, UNAVAILABLE_ZH);
        assertText(get("/certificates/{id}.pdf", 999_999_999L).header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"), 404,
                UNAVAILABLE_EN);
        assertText(get("/feedback/{id}.pdf", 999_999_999L).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"), 404, UNAVAILABLE_ZH);
    }

    @Test
    void an_id_that_is_none_answers_404_not_400() throws Exception {
        assertText(get("/certificates/abc.pdf"), 404, UNAVAILABLE_ZH);
        assertText(get("/feedback/abc.pdf").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 404, UNAVAILABLE_EN);
        assertText(get("/attachments/12"), 404, UNAVAILABLE_ZH);
        assertText(get("/attachments/not-a-key").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 404, UNAVAILABLE_EN);
    }

    @Test
    void another_organisations_files_answer_as_if_they_did_not_exist_so_ids_cannot_be_mapped() throws Exception {
        for (String language : new String[] {"zh-CN", "en"}) {
            for (String path : new String[] {"/certificates/{id}.pdf", "/feedback/{id}.pdf"}) {
                MvcResult refused = perform(get(path, theirs).header(HttpHeaders.ACCEPT_LANGUAGE, language));
                MvcResult missing = perform(get(path, 999_999_999L).header(HttpHeaders.ACCEPT_LANGUAGE, language));
                assertThat(refused.getResponse().getStatus()).as(path).isEqualTo(missing.getResponse().getStatus()).isEqualTo(404);
                assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(path)
                        .isEqualTo(missing.getResponse().getContentAsString(StandardCharsets.UTF_8));
            }
        }
        assertText(get("/committee/{id}/result.pdf", 999_999_999L), 404, UNAVAILABLE_ZH);
        assertText(get("/site-visits/photos/{key}", java.util.UUID.randomUUID()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 404, UNAVAILABLE_EN);
    }

    @Test
    void the_language_chosen_in_the_session_wins_over_the_browsers() throws Exception {
        assertText(get("/certificates/{id}.pdf", theirs).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                .sessionAttr(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.ENGLISH), 404, UNAVAILABLE_EN);
        assertText(get("/certificates/abc.pdf").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .sessionAttr(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.SIMPLIFIED_CHINESE), 404, UNAVAILABLE_ZH);
    }

    @Test
    void a_language_neither_chinese_nor_english_reads_chinese() throws Exception {
        assertText(get("/certificates/{id}.pdf", theirs).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,de;q=0.8"), 404, UNAVAILABLE_ZH);
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

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(intruder).roles(Roles.APPLICANT))).andReturn();
    }
}
