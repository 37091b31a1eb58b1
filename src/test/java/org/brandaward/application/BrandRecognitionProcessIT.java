package org.brandaward.application;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.review.ReviewFixtures;
import org.brandaward.security.SignIn;
import java.time.Clock;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.certificate.Certificate;
import org.brandaward.certificate.CertificateService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.Round;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.publication.PublicationService;
import org.brandaward.review.Aggregation;
import org.brandaward.review.ExpertDrawService;
import org.brandaward.review.ReviewService;
import org.brandaward.review.ReviewStage;
import org.brandaward.review.Rubric;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.WorkflowService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 山东名牌产品 through the brand-recognition process on PostgreSQL with the real engine and real delegates. */
@IntegrationTest
class BrandRecognitionProcessIT {

    @Autowired Clock clock;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired ReviewService reviews;
    @Autowired ExpertDrawService draws;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired CertificateService certificates;
    @Autowired WorkflowService workflow;
    @Autowired AuditLog audit;
    @Autowired HistoryService history;

    /** The year of the round this class decides; its other tests stay before the decision in 2026. */
    static final int DECIDED_YEAR = 2092;

    Round round;

    @BeforeEach
    void openRound() {
        round = roundFixtures.round(2026);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_approved_application_passes_every_step_and_gets_a_numbered_certificate() {
        round = roundFixtures.round(DECIDED_YEAR); // a round is decided once: this test's own
        String applicant = organisationFixtures.applicantWithOrganisation("济南明湖食品有限公司");
        long id = submittedApplication("明湖牌酱菜");
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).containsExactly("CheckEligibility");

        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(task(id, "CheckEligibility").id(), id, true, null);
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).hasSize(5).containsOnly("DeclareConflicts");

        reviewFixtures.reviewedByExperts(id, 70, 72, 75, 80, 85);
        assertThat(SignIn.asEngine(() -> workflow.waitsAt(id, PublicationService.AWAIT_OUTCOME)))
                .as("spread 15 is within 20 % of 100: no consensus, on to the round's decision").isTrue();

        SignIn.as("office", Roles.OFFICE);
        Rubric rubric = reviews.rubricOf(id);
        assertThat(reviews.sheetsOf(id, ReviewStage.DOCUMENT)).extracting(s -> s.total(rubric).intValue())
                .containsExactlyInAnyOrder(70, 72, 75, 80, 85);
        // 70 and 85 dropped: (72 + 75 + 80) / 3 = 75.67.
        Aggregation aggregate = reviews.aggregationOf(id, ReviewStage.DOCUMENT).orElseThrow();
        assertThat(aggregate.mean()).isEqualByComparingTo("75.67");
        assertThat(aggregate.spread()).isEqualByComparingTo("15");
        assertThat(aggregate.flagged()).isFalse();
        publicationFixtures.decideRound(round, List.of(id));

        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).isEmpty();
        assertThat(endEvent(id)).isEqualTo("Recognised");
        SignIn.as(applicant, Roles.APPLICANT);
        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        Certificate certificate = certificates.ofApplication(id).orElseThrow();
        assertThat(certificate.getNumber()).as("five digits, the programme setting's default").matches("SDMP-" + DECIDED_YEAR + "-\\d{5}");
        assertThat(certificate.getValidFrom()).isEqualTo(LocalDate.now(clock));
        assertThat(certificate.getValidUntil()).isEqualTo(LocalDate.now(clock).plusYears(3).minusDays(1));
        assertThat(SignIn.asEngine(() -> audit.history(ApplicationService.AUDIT_TYPE, id))).extracting(AuditEvent::getAction)
                .containsExactly("CREATED", "DRAFT_SAVED", "SUBMITTED", "COUNTY_RECOMMENDED", "CITY_RECOMMENDED",
                        "ELIGIBILITY_PASSED", "SCORED", "LIST_APPROVED", "CERTIFICATE_ISSUED");
        assertThat(SignIn.asEngine(() -> audit.history(ApplicationService.AUDIT_TYPE, id))).extracting(AuditEvent::getActor)
                .startsWith(applicant, applicant, applicant, "recommender-COUNTY:370102", "recommender-CITY:370100", "office")
                .endsWith(CurrentUser.ENGINE, CurrentUser.ENGINE); // the list's publication, after the office approved it, and the certificate's batch
    }

    @Test
    void a_rejected_application_ends_ineligible_and_the_applicant_reads_the_reason() {
        String applicant = organisationFixtures.applicantWithOrganisation("青岛海岸电器有限公司");
        long id = submittedApplication("海岸牌冰箱");

        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(task(id, "CheckEligibility").id(), id, false, "近三年发生过产品质量事故");

        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).isEmpty();
        assertThat(endEvent(id)).isEqualTo("Ineligible");
        SignIn.as(applicant, Roles.APPLICANT);
        Application application = applications.get(id);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(application.getDecisionReason()).isEqualTo("近三年发生过产品质量事故");
        assertThat(certificates.ofApplication(id)).isEmpty();
        AuditEvent last = SignIn.asEngine(() -> audit.history(ApplicationService.AUDIT_TYPE, id)).get(5);
        assertThat(last.getAction()).isEqualTo("ELIGIBILITY_REJECTED");
        assertThat(last.getBeforeState()).isEqualTo("PROVINCIAL_REVIEW");
        assertThat(last.getAfterState()).isEqualTo("INELIGIBLE");
        assertThat(last.getDetail()).isEqualTo("近三年发生过产品质量事故");
    }

    @Test
    void a_rejection_without_a_reason_is_refused_and_changes_nothing() {
        organisationFixtures.applicantWithOrganisation("烟台果业有限公司");
        long id = submittedApplication("烟台苹果");

        SignIn.as("office", Roles.OFFICE);
        String taskId = task(id, "CheckEligibility").id();
        assertThatThrownBy(() -> eligibility.decide(taskId, id, false, "  "))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("eligibility.reasonRequired");
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).containsExactly("CheckEligibility");
        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.PROVINCIAL_REVIEW);
    }

    @Test
    void an_incomplete_submission_names_each_field_and_stores_nothing() {
        organisationFixtures.applicantWithOrganisation("潍坊风筝有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        var form = new ApplicationForm();
        form.set("productName", "潍坊风筝");
        form.set("foundedYear", 2030);
        form.figure(2023).setSales(new BigDecimal("-1"));

        assertThatThrownBy(() -> applications.submit(id, form))
                .isInstanceOfSatisfying(ApplicationIncompleteException.class, e -> assertThat(e.getViolations())
                        .contains(new FieldViolation("foundedYear", "validation.year"),
                                new FieldViolation("registeredInProvince", "validation.required"),
                                new FieldViolation("trademark", "validation.required"),
                                new FieldViolation("trademarkRegistrationNo", "validation.required"),
                                new FieldViolation("spotChecksPassedLast3Years", "validation.required"),
                                new FieldViolation("figures.2023.sales", "validation.notNegative"),
                                new FieldViolation("figures.2024.sales", "validation.required"),
                                new FieldViolation("figures.2025.rdSpend", "validation.required"),
                                new FieldViolation("pledgeAccepted", "application.pledgeRequired"),
                                new FieldViolation("pledgeSignatory", "application.pledgeSignatory"))
                        .extracting(FieldViolation::field)
                        .as("a brand form asks for neither a self-assessment, nor heritage, nor an optional field")
                        .doesNotContain("productName", "leadership", "brandFoundedYear", "certifications", "figures.2023.marketShare",
                                "figures.2022.sales"));
        Application application = applications.get(id);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.getProductName()).isNull();
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).isEmpty();
    }

    @Test
    void the_pledge_must_be_signed_by_the_registered_legal_representative() {
        organisationFixtures.applicantWithOrganisation("威海渔具有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        ApplicationForm form = ApplicationFixtures.completeForm("威海钓竿");
        form.setPledgeSignatory("李四");

        assertThatThrownBy(() -> applications.submit(id, form))
                .isInstanceOfSatisfying(ApplicationIncompleteException.class, e -> assertThat(e.getViolations())
                        .containsExactly(new FieldViolation("pledgeSignatory", "application.pledgeSignatory")));
        form.setPledgeSignatory(" " + OrganisationFixtures.LEGAL_REPRESENTATIVE + " ");
        form.setPledgeAccepted(false);
        assertThatThrownBy(() -> applications.submit(id, form))
                .isInstanceOfSatisfying(ApplicationIncompleteException.class, e -> assertThat(e.getViolations())
                        .containsExactly(new FieldViolation("pledgeAccepted", "application.pledgeRequired")));
        form.setPledgeAccepted(true);
        assertThat(applications.submit(id, form).getStatus()).isEqualTo(ApplicationStatus.COUNTY_REVIEW);
    }

    private long submittedApplication(String product) {
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        var draft = new ApplicationForm();
        draft.set("productName", product);
        applications.saveDraft(id, draft);
        Application submitted = applications.submit(id, ApplicationFixtures.completeForm(product));
        assertThat(submitted.getPledgeSignatory()).isEqualTo(OrganisationFixtures.LEGAL_REPRESENTATIVE);
        assertThat(submitted.getStatus()).isEqualTo(ApplicationStatus.COUNTY_REVIEW);
        assertThat(submitted.getFigures()).extracting(Figure::getYear).containsExactly(round.getYear() - 3, round.getYear() - 2, round.getYear() - 1);
        assertThat(submitted.detail("foundedYear")).isEqualTo(1990);
        assertThat(submitted.detail("brandFoundedYear")).as("not a field of a brand form").isNull();
        String applicant = CurrentUser.requireUsername();
        recommendationFixtures.toProvince(id);
        SignIn.as(applicant, Roles.APPLICANT);
        return id;
    }

    private InboxTask task(long applicationId, String key) {
        List<InboxTask> inbox = workflow.inbox();
        return inbox.stream().filter(t -> t.applicationId() == applicationId && t.key().equals(key)).findFirst().orElseThrow();
    }

    private String endEvent(long applicationId) {
        return history.createHistoricActivityInstanceQuery().activityType("noneEndEvent")
                .processInstanceId(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(Long.toString(applicationId)).processDefinitionKey("brand-recognition").singleResult().getId())
                .list().stream().map(HistoricActivityInstance::getActivityId).findFirst().orElse(null);
    }
}
