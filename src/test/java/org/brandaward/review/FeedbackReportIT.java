package org.brandaward.review;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.ApplicationService;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 反馈报告: two applications of one round through expert review, one approved and one declined; the office releases
 * the reports only when both are decided, and each applicant then reads its own scores, the experts' remarks without
 * their names and its rank band from the PDF.
 */
@IntegrationTest
@AutoConfigureMockMvc
class FeedbackReportIT {

    /** A (programme, year) no other test opens, so the ranking holds exactly the two applications of this test. */
    static final String PROGRAMME = "sd-famous-product";
    static final int YEAR = 2051;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired ExpertDrawService draws;
    @Autowired FeedbackReportService feedback;
    @Autowired AuditLog audit;
    @Autowired MockMvc mvc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void every_reviewed_application_gets_its_report_once_the_office_releases_the_decided_round() throws Exception {
        Round round = roundFixtures.round(PROGRAMME, YEAR, null);
        String winner = organisationFixtures.applicantWithOrganisation("济南趵突泉饮品有限公司");
        long won = reviewed(round, "趵突泉牌矿泉水", 90);
        String loser = organisationFixtures.applicantWithOrganisation("济南千佛山酿造有限公司");
        long lost = reviewed(round, "千佛山牌酱油", 70);
        List<String> experts = new ArrayList<>(SignIn.asEngine(() -> draws.reviewers(won, ReviewStage.DOCUMENT)));
        experts.addAll(SignIn.asEngine(() -> draws.reviewers(lost, ReviewStage.DOCUMENT)));

        SignIn.as("office", Roles.OFFICE);
        assertThatThrownBy(() -> feedback.release(round.getId())).as("both still wait for the round's decision")
                .isInstanceOf(RuleViolationException.class).hasMessage("feedback.undecided[2]");
        publicationFixtures.decideRound(round, List.of(won));
        SignIn.as("office", Roles.OFFICE);
        assertThat(text(feedback.pdf(won))).as("the office previews before the release").contains("综合得分：90.00分");

        SignIn.as(winner, Roles.APPLICANT);
        assertThat(feedback.isReleasedFor(won)).isFalse();
        assertThatThrownBy(() -> feedback.pdf(won)).as("the applicant waits for the release")
                .isInstanceOf(RuleViolationException.class).hasMessage("feedback.notReleased[]");
        mvc.perform(get("/feedback/{id}.pdf", won).with(user(winner).roles(Roles.APPLICANT))).andExpect(status().isNotFound());

        SignIn.as("office", Roles.OFFICE);
        feedback.release(round.getId());
        assertThat(audit.history(RoundService.AUDIT_TYPE, round.getId())).filteredOn(e -> e.getAction().equals("FEEDBACK_RELEASED"))
                .singleElement().extracting(AuditEvent::getActor).isEqualTo("office");
        assertThatThrownBy(() -> feedback.release(round.getId())).as("released once")
                .isInstanceOf(RuleViolationException.class).hasMessage("feedback.alreadyReleased[]");

        byte[] downloaded = mvc.perform(get("/feedback/{id}.pdf", won).with(user(winner).roles(Roles.APPLICANT)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        SignIn.as(winner, Roles.APPLICANT);
        assertThat(feedback.isReleasedFor(won)).isTrue();
        // Every expert gave 90 of 100: market 14 + 10 of 25 on each sheet, the first items taking the remainder.
        assertThat(text(downloaded))
                .contains("2051年度山东名牌产品", "济南趵突泉饮品有限公司", "趵突泉牌矿泉水", "综合得分：90.00分", "材料评审得分：90.00分",
                        "市场（满分25分）平均得分24.00", "质量（满分30分）平均得分27.00", "顾客满意（满分15分）平均得分13.00",
                        "方法系统，展开充分。", "测量分析有待加强。", "位于：" + RankBand.TOP_50.chinese())
                .doesNotContain("现场评审得分", "千佛山", "70.00", "演示专家", "评审专家（")
                .satisfies(text -> assertThat(experts).allSatisfy(expert -> assertThat(text).doesNotContain(expert)));
        assertThatThrownBy(() -> feedback.pdf(lost)).as("only its own report").isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/feedback/{id}.pdf", lost).with(user(winner).roles(Roles.APPLICANT))).andExpect(status().isNotFound());

        SignIn.as(loser, Roles.APPLICANT);
        assertThat(feedback.isReleasedFor(lost)).isTrue();
        // 70 of 100: market 11 + 8 of 25.
        assertThat(text(feedback.pdf(lost)))
                .contains("千佛山牌酱油", "综合得分：70.00分", "市场（满分25分）平均得分19.00", "方法系统，展开充分。",
                        "位于：" + RankBand.REST.chinese())
                .doesNotContain("趵突泉", "90.00", "expert");

        SignIn.as(experts.get(0), Roles.EXPERT);
        assertThatThrownBy(() -> feedback.pdf(won)).as("experts get no report").isInstanceOf(AccessDeniedException.class);
    }

    /** An application of the signed-in applicant through eligibility and scored by every drawn expert with {@code total}. */
    private long reviewed(Round round, String product, int total) {
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm(product));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        reviewFixtures.reviewedByExperts(id, total);
        return id;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
