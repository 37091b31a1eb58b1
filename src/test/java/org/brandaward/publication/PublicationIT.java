package org.brandaward.publication;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.review.ReviewFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.TimelineEntry;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.review.RankingService;
import org.brandaward.security.Roles;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.workflow.WorkflowService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 审定、发布 end to end on the real engine: the office starts a round's decision once expert review is over (once),
 * the committee passes two of three candidates and the notice runs without objection, the office approves the list with the decision's
 * document number and date, and publishing tells each candidate its outcome, issues the certificates and makes the list
 * public — page, PDF, XLSX and JSON carrying the same entries, typed markup and formulas shown as typed, bonuses never.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PublicationIT {

    static final String FAMOUS = "sd-famous-product";
    static final int YEAR = 2085;
    static final int UNPUBLISHED_YEAR = 2086;
    static final String QUALITY = "sd-governor-quality-award";
    static final int QUALITY_YEAR = 2087;
    static final String MARKUP = "<script>alert('x')</script>泉城食品有限公司";
    static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
    static final String DECISION = "鲁政字〔2085〕12号";
    @Autowired RoundFixtures roundFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired CertificateFixtures certificateFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired PublicationService publications;
    @Autowired WorkflowService workflow;
    @Autowired RankingService rankings;
    @Autowired RepositoryService repository;
    @Autowired TaskService tasks;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_approved_list_is_published_the_same_in_html_pdf_xlsx_and_json_with_typed_text_shown_as_typed() throws Exception {
        Round round = roundFixtures.round(FAMOUS, YEAR, null);
        organisationFixtures.applicantWithOrganisation(MARKUP);
        long first = reviewed(round, "趵突泉牌矿泉水", 90);
        organisationFixtures.applicantWithOrganisation(FORMULA);
        long second = reviewed(round, "千佛山牌酱油", 85);
        String third = organisationFixtures.applicantWithOrganisation("济南大明湖饮料有限公司");
        long notListed = eligible(round, "大明湖牌汽水");

        SignIn.as("office", Roles.OFFICE);
        assertThatThrownBy(() -> publications.startDecision(round.getId())).as("one application is still with the experts")
                .isInstanceOf(RuleViolationException.class).hasMessage("publication.reviewNotClosed[1]");
        reviewFixtures.reviewedByExperts(notListed, 70);
        SignIn.as("office", Roles.OFFICE);
        assertThat(publications.isStarted(round.getId())).isFalse();
        publications.startDecision(round.getId());
        assertThat(publications.isStarted(round.getId())).isTrue();
        assertThatThrownBy(() -> publications.startDecision(round.getId())).as("once per round")
                .isInstanceOf(RuleViolationException.class).hasMessage("publication.alreadyStarted[]");

        String task = publicationFixtures.toListApproval(round, List.of(first, second));
        assertPublicOutputsAbsent(round.getId());

        SignIn.as("office", Roles.OFFICE); // MockMvc leaves the thread signed out
        assertThat(publications.finalList(task).candidates()).extracting(FinalList.Candidate::applicationId).containsExactly(first, second);
        LocalDate today = LocalDate.now(clock);
        assertRefused(task, new ListApproval(null, today, null), "publication.decisionNumberRequired[]");
        assertRefused(task, new ListApproval("  ", today, null), "publication.decisionNumberRequired[]");
        assertRefused(task, new ListApproval("鲁政字〔2085〕\n12号", today, null), "publication.decisionNumberInvalid[]");
        assertRefused(task, new ListApproval("鲁政字\u202E〔2085〕12号", today, null), "publication.decisionNumberInvalid[]");
        assertRefused(task, new ListApproval("鲁".repeat(61), today, null), "publication.decisionNumberTooLong[60]");
        assertRefused(task, new ListApproval(DECISION, null, null), "publication.decisionDateRequired[]");
        assertRefused(task, new ListApproval(DECISION, today.plusDays(1), null), "publication.decisionDateInFuture[]");
        assertRefused(task, new ListApproval(DECISION, today, Map.of(first, new BigDecimal("1000"))), "publication.bonusNotIndividual[]");

        publications.approve(task, new ListApproval(" " + DECISION + " ", today.minusDays(2), null));
        assertThat(publications.approvedEntries(round.getId())).as("published; the certificates follow in the background")
                .allSatisfy(e -> assertThat(e.certificateNumber()).isNull());
        assertThat(certificateFixtures.issueAll(round.getId())).isEqualTo(2);

        List<PublicationService.OfficeEntry> approved = publications.approvedEntries(round.getId());
        assertThat(approved).extracting(PublicationService.OfficeEntry::applicationId).containsExactly(first, second);
        assertThat(approved).extracting(PublicationService.OfficeEntry::certificateNumber).as("numbered in the list's order")
                .containsExactly("SDMP-2085-00001", "SDMP-2085-00002");
        assertThat(applications.get(first).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(applications.get(second).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(applications.get(notListed).getStatus()).isEqualTo(ApplicationStatus.NOT_APPROVED);
        assertThat(SignIn.asEngine(() -> workflow.isRunning("round-outcome", first))).as("each candidate heard its outcome").isFalse();
        assertThat(SignIn.asEngine(() -> workflow.isRunning("round-outcome", notListed))).isFalse();
        assertThat(SignIn.asEngine(() -> workflow.isRunning(PublicationService.PROCESS, first))).isFalse();
        SignIn.as(third, Roles.APPLICANT);
        assertThat(applications.timeline(notListed)).extracting(TimelineEntry::action).contains("LIST_NOT_APPROVED");
        SignIn.as("office", Roles.OFFICE);
        assertThat(applications.timeline(first)).filteredOn(e -> e.action().equals("LIST_APPROVED")).singleElement()
                .extracting(TimelineEntry::detail).isEqualTo(DECISION);

        List<String> organisations = List.of(MARKUP, FORMULA);
        List<String> certificates = approved.stream().map(PublicationService.OfficeEntry::certificateNumber).toList();

        String json = mvc.perform(get("/api/public/lists/{id}", round.getId()).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var open = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(open.get("programmeId").asText()).isEqualTo(FAMOUS);
        assertThat(open.get("round").asLong()).isEqualTo(round.getId());
        assertThat(open.get("year").asInt()).isEqualTo(YEAR);
        assertThat(open.get("decisionNumber").asText()).isEqualTo(DECISION);
        assertThat(open.get("decisionDate").asText()).isEqualTo(today.minusDays(2).toString());
        List<String> jsonOrganisations = new ArrayList<>();
        List<String> jsonCertificates = new ArrayList<>();
        open.get("entries").forEach(e -> {
            jsonOrganisations.add(e.get("organisation").asText());
            jsonCertificates.add(e.get("certificateNumber").asText());
            assertThat(e.get("creditCode").asText()).hasSize(18);
            assertThat(e.get("cityCode").asText()).isEqualTo(OrganisationFixtures.CITY);
        });
        assertThat(jsonOrganisations).isEqualTo(organisations);
        assertThat(jsonCertificates).isEqualTo(certificates);
        assertThat(open.get("entries").get(0).get("product").asText()).isEqualTo("趵突泉牌矿泉水");
        assertThat(json).doesNotContain("大明湖", "bonus", "score");

        String html = mvc.perform(get("/public/lists/{id}", round.getId()).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;泉城食品有限公司", "=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)",
                        DECISION, "趵突泉牌矿泉水", "千佛山牌酱油", "济南市", certificates.get(0), certificates.get(1))
                .doesNotContain("<script>alert", "大明湖");
        assertThat(html.indexOf(certificates.get(0))).as("in rank order").isLessThan(html.indexOf(certificates.get(1)));

        byte[] pdf = mvc.perform(get("/public/lists/{id}.pdf", round.getId()).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String pdfText = text(pdf);
        assertThat(pdfText).contains("2085年度山东名牌产品名单", DECISION.replaceAll("\\s", ""), "<script>alert('x')</script>泉城食品有限公司",
                "=HYPERLINK(\"http://x\",\"y\")", "趵突泉牌矿泉水", certificates.get(0), certificates.get(1)).doesNotContain("大明湖");
        assertThat(pdfText.indexOf(certificates.get(0))).isLessThan(pdfText.indexOf(certificates.get(1)));

        byte[] xlsx = mvc.perform(get("/public/lists/{id}.xlsx", round.getId()).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains(DECISION);
            List<String> xlsxOrganisations = new ArrayList<>();
            List<String> xlsxCertificates = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                xlsxOrganisations.add(sheet.getRow(r).getCell(1).getStringCellValue());
                xlsxCertificates.add(sheet.getRow(r).getCell(6).getStringCellValue());
            }
            assertThat(xlsxOrganisations).isEqualTo(organisations);
            assertThat(xlsxCertificates).isEqualTo(certificates);
            Cell formula = sheet.getRow(4).getCell(1);
            assertThat(formula.getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
            assertThat(formula.getCellStyle().getQuotePrefixed()).as("quote-prefixed: shown as typed").isTrue();
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getQuotePrefixed()).as("plain text stays plain").isFalse();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                }
            }
        }

        String archive = mvc.perform(get("/public/lists").with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(archive).contains("/public/lists/" + round.getId(), DECISION);
        String found = mvc.perform(get("/public/lists").param("q", "千佛山").param("city", OrganisationFixtures.CITY).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(found).contains("千佛山牌酱油", "=HYPERLINK(&quot;").doesNotContain("趵突泉牌矿泉水");
        String none = mvc.perform(get("/public/lists").param("q", "大明湖").with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).doesNotContain("大明湖牌汽水");
        String wildcard = mvc.perform(get("/public/lists").param("q", "%").with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(wildcard).as("% is a character, not a wildcard").doesNotContain("千佛山牌酱油");

        SignIn.as("office", Roles.OFFICE);
        assertThatThrownBy(() -> publications.recordMinistryOutcome(first, true, today)).as("a certifying programme recommends nobody")
                .isInstanceOf(RuleViolationException.class).hasMessage("publication.notARecommendation[]");
    }

    @Test
    void an_unpublished_round_is_not_found_on_every_public_output() throws Exception {
        Round round = roundFixtures.round(FAMOUS, UNPUBLISHED_YEAR, null);
        assertPublicOutputsAbsent(round.getId());
        assertPublicOutputsAbsent(Long.MAX_VALUE);
    }

    @Test
    void an_individual_award_records_the_bonus_for_the_office_and_publishes_by_tier_without_it() throws Exception {
        Round round = roundFixtures.round(QUALITY, QUALITY_YEAR, null);
        organisationFixtures.applicantWithOrganisation("济南轻工集团有限公司");
        long person = submitted(round, "个人申报", ApplicantKind.INDIVIDUAL);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(person, "CheckEligibility"), person, true, null);
        reviewFixtures.reviewedByExperts(person, 900);
        SignIn.as("office", Roles.OFFICE);
        rankings.selectForSiteReview(round.getId());
        reviewFixtures.scoredOnSite(person, 900);
        SignIn.as("office", Roles.OFFICE);
        assertThat(applications.get(person).getStatus()).isEqualTo(ApplicationStatus.SITE_SCORED);
        publications.startDecision(round.getId());
        String task = publicationFixtures.toListApproval(round, List.of(person));
        assertThat(publications.finalList(task).candidates()).singleElement()
                .satisfies(c -> assertThat(c.individual()).isTrue())
                .satisfies(c -> assertThat(c.tier()).as("the programme's own tier id").isEqualTo("award"))
                .satisfies(c -> assertThat(c.subject()).isEqualTo("李明"));
        LocalDate today = LocalDate.now(clock);
        assertRefused(task, new ListApproval("鲁政字〔2087〕3号", today, Map.of()), "publication.bonusRequired[李明]");
        assertRefused(task, new ListApproval("鲁政字〔2087〕3号", today, Map.of(person, new BigDecimal("-1"))), "publication.bonusInvalid[李明]");
        assertRefused(task, new ListApproval("鲁政字〔2087〕3号", today, Map.of(person, new BigDecimal("1.005"))), "publication.bonusInvalid[李明]");

        publications.approve(task, new ListApproval("鲁政字〔2087〕3号", today, Map.of(person, new BigDecimal("123456.78"))));
        certificateFixtures.issueAll(round.getId());

        assertThat(publications.approvedEntries(round.getId())).singleElement()
                .satisfies(e -> assertThat(e.bonus()).isEqualByComparingTo("123456.78"))
                .satisfies(e -> assertThat(e.certificateNumber()).isNotBlank());
        String html = mvc.perform(get("/public/lists/{id}", round.getId()).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String json = mvc.perform(get("/api/public/lists/{id}", round.getId()).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String pdf = text(mvc.perform(get("/public/lists/{id}.pdf", round.getId()).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        String xlsx = cells(mvc.perform(get("/public/lists/{id}.xlsx", round.getId()).with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(html).contains("李明", "质量奖");
        assertThat(pdf).contains("李明", "质量奖");
        assertThat(xlsx).contains("李明", "质量奖");
        assertThat(json).contains("\"product\":\"李明\"", "\"tier\":\"award\"");
        for (String output : List.of(html, json, pdf, xlsx)) {
            assertThat(output).doesNotContain("123456", "123,456", "bonus", "奖金");
        }
    }

    private void assertRefused(String task, ListApproval approval, String message) {
        assertThatThrownBy(() -> publications.approve(task, approval)).isInstanceOf(RuleViolationException.class).hasMessage(message);
        long roundId = tasks.getVariable(task, "roundId") instanceof Long id ? id : -1;
        assertThat(publications.approvedEntries(roundId)).as("nothing stored").isEmpty();
        assertThat(publications.published(roundId)).isEmpty();
    }

    private void assertPublicOutputsAbsent(long roundId) throws Exception {
        for (String path : List.of("/public/lists/{id}", "/public/lists/{id}.pdf", "/public/lists/{id}.xlsx", "/api/public/lists/{id}")) {
            mvc.perform(get(path, roundId).with(anonymous())).andExpect(status().isNotFound());
        }
    }


    private long submitted(Round round, String product, ApplicantKind kind) {
        long id = applications.createDraft(round.getId(), kind).getId();
        applications.submit(id, ApplicationFixtures.completeForm(product));
        recommendationFixtures.toProvince(id);
        return id;
    }

    /** An application of the signed-in applicant through eligibility: the experts are drawn, none has scored. */
    private long eligible(Round round, String product) {
        long id = submitted(round, product, ApplicantKind.ORGANISATION);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        return id;
    }

    private long reviewed(Round round, String product, int total) {
        long id = eligible(round, product);
        reviewFixtures.reviewedByExperts(id, total);
        return id;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    static String cells(byte[] xlsx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.getStringCellValue()).append('|')));
        }
        return all.toString();
    }
}
