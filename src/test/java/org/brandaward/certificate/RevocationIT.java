package org.brandaward.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.brandaward.IntegrationTest;
import org.brandaward.TestClock;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.TimelineEntry;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.CreditRecord;
import org.brandaward.organisation.CreditRecordForm;
import org.brandaward.organisation.CreditRecordService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 撤销: a credit entry against a title holder opens the revocation review; revoking records ground, document number
 * and date, says revoked on the verify page and in the JSON (over expiry), lists the title publicly, and bars a revoked
 * quality-award holder from the programme. Rounds of 2066–2068.
 */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class RevocationIT {

    private static final String FAMOUS = "sd-famous-product";
    private static final String QUALITY = "sd-governor-quality-award";

    @Autowired MockMvc mvc;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired OrganisationService organisations;
    @Autowired CreditRecordService credit;
    @Autowired ApplicationService applications;
    @Autowired CertificateService certificates;
    @Autowired CertificateVerification verification;
    @Autowired RevocationReviewService reviews;
    @Autowired WorkflowService workflow;
    @Autowired AuditLog audit;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void release() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void a_blacklist_entry_opens_the_revocation_review_and_the_revoked_title_shows_as_revoked_everywhere() throws Exception {
        String holder = "<b>淄博撤销测试陶瓷有限公司</b>";
        String shown = "&lt;b&gt;淄博撤销测试陶瓷有限公司&lt;/b&gt;"; // typed text is shown as typed, never as markup
        Round round = roundFixtures.round(FAMOUS, 2066, null);
        String applicant = organisationFixtures.applicantWithOrganisation(holder);
        String code = organisations.currentOrganisation().orElseThrow().getCreditCode();
        long id = publicationFixtures.recognisedApplication(applicant, round, "淄博撤销牌瓷器");
        Certificate certificate = certificates.ofApplication(id).orElseThrow();

        SignIn.as("office", Roles.OFFICE);
        credit.record(blacklistEntry(code, "信用中国", "虚假宣传被列入失信名单"));
        InboxTask review = reviewTask(id);
        assertThat(workflow.stringVariable(review.id(), RevocationReviewService.PROPOSED_GROUND)).isEqualTo("CREDIT_BLACKLIST");

        LocalDate today = today();
        assertRefused(() -> reviews.revoke(review.id(), id, new RevocationDecision(RevocationGround.CREDIT_BLACKLIST, " ", today, "失信")),
                "revocation.documentNumberRequired");
        assertRefused(() -> reviews.revoke(review.id(), id,
                new RevocationDecision(RevocationGround.CREDIT_BLACKLIST, "鲁质强办〔2066〕3号", today.plusDays(1), "失信")),
                "revocation.dateOutOfRange");
        assertRefused(() -> reviews.revoke(review.id(), id, new RevocationDecision(null, "鲁质强办〔2066〕3号", today, "失信")),
                "revocation.groundRequired");
        assertThat(certificates.ofApplication(id).orElseThrow().isRevoked()).as("nothing stored by a refused decision").isFalse();

        reviews.revoke(review.id(), id, new RevocationDecision(RevocationGround.CREDIT_BLACKLIST, " 鲁质强办〔2066〕3号 ", today,
                "列入严重失信主体名单，依规撤销"));

        Certificate revoked = certificates.ofApplication(id).orElseThrow();
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.getRevokedOn()).isEqualTo(today);
        assertThat(revoked.getRevocationGround()).isEqualTo(RevocationGround.CREDIT_BLACKLIST);
        assertThat(revoked.getRevocationDocumentNumber()).isEqualTo("鲁质强办〔2066〕3号");
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).doesNotContain(RevocationReviewService.TASK_KEY);
        assertThat(events.stream(TitleRevoked.class)).containsExactly(new TitleRevoked(certificate.getId(), id, "CREDIT_BLACKLIST",
                "鲁质强办〔2066〕3号", today));
        assertThat(audit.history(CertificateService.AUDIT_TYPE, certificate.getId())).filteredOn(e -> e.getAction().equals("REVOKED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("office");
                    assertThat(e.getAfterState()).isEqualTo("CREDIT_BLACKLIST");
                    assertThat(e.getDetail()).contains("鲁质强办〔2066〕3号", "列入严重失信主体名单");
                });
        SignIn.as(applicant, Roles.APPLICANT);
        assertThat(applications.timeline(id)).extracting(TimelineEntry::action).contains("TITLE_REVOKED_CREDIT_BLACKLIST");
        assertThat(applications.timeline(id)).filteredOn(e -> e.action().startsWith("TITLE_REVOKED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).doesNotContain("依规撤销").as("the office's reason stays internal"));

        SignIn.out();
        String page = mvc.perform(get("/verify").param("number", certificate.getNumber()).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-state=\"REVOKED\"", "已撤销", shown, today.toString(), "列入失信黑名单", "鲁质强办〔2066〕3号")
                .doesNotContain(holder);
        String payload = SignIn.asEngine(() -> verification.payload(certificate.getNumber()));
        assertThat(mvc.perform(get("/v/" + payload).param("lang", "en").with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("data-state=\"REVOKED\"", "Revoked",
                "Listed on a credit blacklist");
        JsonNode answer = json.readTree(mvc.perform(get("/api/public/certificates/" + certificate.getNumber()).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(answer.get("state").asText()).isEqualTo("REVOKED");
        assertThat(answer.get("revokedOn").asText()).isEqualTo(today.toString());
        assertThat(answer.get("revocationGround").asText()).isEqualTo("CREDIT_BLACKLIST");
        assertThat(answer.get("revocationGroundName").asText()).isEqualTo("列入失信黑名单");
        assertThat(answer.get("revocationDocumentNumber").asText()).isEqualTo("鲁质强办〔2066〕3号");
        assertThat(json.readTree(mvc.perform(get("/api/public/verify").param("payload", payload).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))).isEqualTo(answer);

        String list = mvc.perform(get("/public/revocations").param("programme", FAMOUS).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("data-number=\"" + certificate.getNumber() + "\"", shown, "淄博撤销牌瓷器", "山东名牌产品",
                "列入失信黑名单", "鲁质强办〔2066〕3号", today.toString()).doesNotContain("依规撤销", holder);
        assertThat(mvc.perform(get("/public/revocations").param("programme", QUALITY).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(certificate.getNumber());
        assertThat(mvc.perform(get("/public/revocations").param("programme", "<b>nonsense</b>").param("page", "x").with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(certificate.getNumber()).doesNotContain("<b>nonsense</b>");

        clock.fixAt(ZonedDateTime.of(certificate.getValidUntil().plusDays(1), LocalTime.NOON, ClockConfiguration.ZONE));
        assertThat(json.readTree(mvc.perform(get("/api/public/certificates/" + certificate.getNumber()).with(anonymous()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("state").asText())
                .as("revoked wins over expired").isEqualTo("REVOKED");
        clock.reset();

        SignIn.as("office", Roles.OFFICE);
        credit.record(blacklistEntry(code, "省信用平台", "另一条失信记录"));
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).as("a revoked title is no longer held: no second review")
                .doesNotContain(RevocationReviewService.TASK_KEY);
        assertRefused(() -> reviews.open(id, RevocationGround.FRAUD, "再次撤销"), "revocation.alreadyRevoked");
    }

    @Test
    void the_office_opens_a_review_on_a_title_held_and_keeping_it_changes_nothing_public() throws Exception {
        Round round = roundFixtures.round(FAMOUS, 2067, null);
        String applicant = organisationFixtures.applicantWithOrganisation("潍坊保留称号风筝有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "潍坊牌风筝");
        Certificate certificate = certificates.ofApplication(id).orElseThrow();

        assertThatThrownBy(() -> reviews.open(id, RevocationGround.FAILED_SPOT_CHECK, "抽查不合格")).isInstanceOf(AccessDeniedException.class);
        SignIn.as("office", Roles.OFFICE);
        assertRefused(() -> reviews.open(id, RevocationGround.FAILED_SPOT_CHECK, " "), "revocation.reasonRequired");
        reviews.open(id, RevocationGround.FAILED_SPOT_CHECK, "2066年度省级监督抽查不合格");
        assertRefused(() -> reviews.open(id, RevocationGround.FRAUD, "又一次"), "revocation.reviewOpen");
        InboxTask review = reviewTask(id);
        assertThat(workflow.stringVariable(review.id(), RevocationReviewService.PROPOSED_GROUND)).isEqualTo("FAILED_SPOT_CHECK");

        assertRefused(() -> reviews.keep(review.id(), id, ""), "revocation.keepReasonRequired");
        reviews.keep(review.id(), id, "复检合格，整改到位，维持称号");

        assertThat(certificates.ofApplication(id).orElseThrow().isRevoked()).isFalse();
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).doesNotContain(RevocationReviewService.TASK_KEY);
        assertThat(events.stream(TitleRevoked.class)).isEmpty();
        assertThat(audit.history(CertificateService.AUDIT_TYPE, certificate.getId())).extracting(AuditEvent::getAction)
                .contains("REVOCATION_REVIEW_OPENED", "REVIEW_KEPT").doesNotContain("REVOKED");
        SignIn.out();
        assertThat(json.readTree(mvc.perform(get("/api/public/certificates/" + certificate.getNumber()).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("state").asText())
                .isEqualTo("VALID");
        assertThat(mvc.perform(get("/public/revocations").with(anonymous())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(certificate.getNumber());
    }

    @Test
    void a_revoked_quality_award_holder_may_never_apply_to_the_programme_again() {
        Round won = roundFixtures.round(QUALITY, 2067, null);
        String applicant = organisationFixtures.applicantWithOrganisation("烟台撤销质量奖集团有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, won, "卓越绩效模式");
        String number = certificates.ofApplication(id).orElseThrow().getNumber();
        Round next = roundFixtures.round(QUALITY, 2068, null);
        SignIn.as(applicant, Roles.APPLICANT);
        long draft = applications.createDraft(next.getId(), ApplicantKind.ORGANISATION).getId();
        assertThat(draft).as("the programme has no lock-out for winners (reapplicationLockoutYears 0): a holder may start a draft")
                .isPositive();

        SignIn.as("office", Roles.OFFICE);
        reviews.open(id, RevocationGround.FRAUD, "申报材料中的经营数据经核查不实");
        LocalDate decidedOn = today();
        reviews.revoke(reviewTask(id).id(), id, new RevocationDecision(RevocationGround.FRAUD, "鲁政字〔2068〕5号", decidedOn,
                "申报材料弄虚作假，依规撤销"));

        SignIn.as(applicant, Roles.APPLICANT);
        assertThatThrownBy(() -> applications.createDraft(next.getId(), ApplicantKind.ORGANISATION))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("application.revokedHolder");
                    assertThat(e.getArguments()).containsExactly(number, decidedOn.toString(), "鲁政字〔2068〕5号");
                });
        assertThatThrownBy(() -> applications.submit(draft, ApplicationFixtures.completeForm("卓越绩效模式")))
                .as("a draft begun before the revocation is refused at submission")
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("application.revokedHolder"));
        assertThat(applications.get(draft).getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        organisationFixtures.applicantWithOrganisation("烟台未受影响质量有限公司");
        assertThat(applications.createDraft(next.getId(), ApplicantKind.ORGANISATION).getId())
                .as("another organisation is not barred").isPositive();
    }

    private InboxTask reviewTask(long applicationId) {
        return workflow.inbox().stream()
                .filter(t -> t.applicationId() == applicationId && t.key().equals(RevocationReviewService.TASK_KEY))
                .findFirst().orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
    }

    private CreditRecordForm blacklistEntry(String code, String source, String reason) {
        var form = new CreditRecordForm();
        form.setCreditCode(code);
        form.setOrganisationName("某公司");
        form.setKind(CreditRecord.Kind.BLACKLIST);
        form.setSource(source);
        form.setListedOn(today());
        form.setEndsOn(null);
        form.setReason(reason);
        return form;
    }
}
