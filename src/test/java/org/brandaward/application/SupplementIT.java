package org.brandaward.application;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.security.CurrentUser;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.workflow.BusinessCalendar;
import org.brandaward.workflow.WorkflowService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 补正: the office returns an application; the applicant fixes only what was asked in time, or it is withdrawn. */
@IntegrationTest
class SupplementIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ApplicationService applications;
    @Autowired SupplementService supplements;
    @Autowired AttachmentService attachments;
    @Autowired EligibilityService eligibility;
    @Autowired WorkflowService workflow;
    @Autowired BusinessCalendar calendar;
    @Autowired ManagementService management;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired AuditLog audit;
    @Autowired MessageSource messages;

    String applicant;
    long id;

    @BeforeEach
    void returnedApplication() {
        Round round = roundFixtures.round(2026);
        applicant = organisationFixtures.applicantWithOrganisation("日照绿茶有限公司");
        id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("日照绿茶"));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.requestSupplement(workflowFixtures.task(id, "CheckEligibility"), id, EnumSet.of(FormSection.FIGURES), "请更正2025年销售额");
        SignIn.as(applicant, Roles.APPLICANT);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        SignIn.out();
    }

    @Test
    void the_applicant_reads_what_to_fix_and_the_deadline_of_ten_working_days() {
        Application application = applications.get(id);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
        assertThat(application.getDecisionReason()).isEqualTo("请更正2025年销售额");
        SupplementRequest request = supplements.openSupplement(id).orElseThrow();
        assertThat(request.getParts()).containsExactly(FormSection.FIGURES);
        assertThat(request.getDeadline()).isEqualTo(calendar.addWorkingDays(LocalDate.now(BEIJING), 10));
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).containsExactly("SupplementApplication");
    }

    @Test
    void a_resubmission_in_time_changes_only_what_was_asked_and_returns_to_eligibility_review() {
        ApplicationForm form = ApplicationFixtures.completeForm("改过的产品名");
        form.figure(2025).setSales(new BigDecimal("150000000"));

        supplements.resubmit(id, form);

        Application application = applications.get(id);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.PROVINCIAL_REVIEW);
        assertThat(application.getFigures()).filteredOn(f -> f.getYear() == 2025).singleElement()
                .satisfies(f -> assertThat(f.getSales()).isEqualByComparingTo("150000000"));
        assertThat(application.getProductName()).as("not asked for, so not changed").isEqualTo("日照绿茶");
        assertThat(supplements.openSupplement(id)).isEmpty();
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).containsExactly("CheckEligibility");
        assertThat(SignIn.asEngine(() -> audit.history(ApplicationService.AUDIT_TYPE, id))).extracting(AuditEvent::getAction)
                .containsSubsequence("SUBMITTED", "SUPPLEMENT_REQUESTED", "RESUBMITTED");
    }

    @Test
    void the_resubmission_needs_a_fresh_pledge_and_attachments_stay_closed_unless_asked_for() {
        ApplicationForm form = ApplicationFixtures.completeForm("日照绿茶");
        form.setPledgeAccepted(false);
        assertThatThrownBy(() -> supplements.resubmit(id, form)).isInstanceOf(ApplicationIncompleteException.class);
        assertThatThrownBy(() -> attachments.attach(id, "a.pdf", AttachmentIT.PDF))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("application.notDraft"));
        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
    }

    @Test
    void past_the_deadline_the_timer_withdraws_the_application() {
        LocalDate deadline = supplements.openSupplement(id).orElseThrow().getDeadline();
        Job timer = management.createJobQuery().processInstanceId(processInstance()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(deadline.plusDays(1).atStartOfDay(BEIJING).toInstant()));

        ClockUtil.setCurrentTime(Date.from(deadline.atTime(23, 0).atZone(BEIJING).toInstant()));
        assertThat(management.createJobQuery().processInstanceId(processInstance()).executable().count()).isZero();
        ClockUtil.setCurrentTime(Date.from(deadline.plusDays(1).atTime(0, 5).atZone(BEIJING).toInstant()));
        SignIn.out(); // the job executor acts for nobody
        management.executeJob(timer.getId());
        SignIn.as(applicant, Roles.APPLICANT);

        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).isEmpty();
        assertThat(SignIn.asEngine(() -> audit.history(ApplicationService.AUDIT_TYPE, id))).last()
                .satisfies(e -> {
                    assertThat(e.getAction()).isEqualTo("WITHDRAWN");
                    assertThat(e.getActor()).isEqualTo(CurrentUser.ENGINE);
                });
    }

    private String processInstance() {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id))
                .processDefinitionKey("application-supplement").singleResult().getId();
    }

    @Test
    void what_to_fix_of_the_longest_length_is_kept_whole_and_one_character_more_is_refused_naming_the_limit() {
        supplements.resubmit(id, ApplicationFixtures.completeForm("日照绿茶"));
        SignIn.as("office", Roles.OFFICE);
        String task = workflowFixtures.task(id, "CheckEligibility");
        String items = "请补充近三年质量检测报告。" + "补".repeat(SupplementRequest.ITEMS_MAX - 13);
        assertThat(items).hasSize(SupplementRequest.ITEMS_MAX);

        assertThatThrownBy(() -> eligibility.requestSupplement(task, id, Set.of(FormSection.ATTACHMENTS), items + "。"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("supplement.itemsTooLong");
                    assertThat(messages.getMessage(e.getMessageKey(), e.getArguments(), Locale.SIMPLIFIED_CHINESE))
                            .contains("补正要求", NumberFormat.getInstance(Locale.SIMPLIFIED_CHINESE).format(SupplementRequest.ITEMS_MAX));
                });
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).containsExactly("CheckEligibility");

        eligibility.requestSupplement(task, id, Set.of(FormSection.ATTACHMENTS), items);

        Application application = applications.get(id);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
        assertThat(application.getDecisionReason()).isEqualTo(items);
        assertThat(supplements.openSupplement(id).orElseThrow().getItems()).isEqualTo(items);
        assertThat(audit.history(ApplicationService.AUDIT_TYPE, id)).last()
                .satisfies(e -> assertThat(e.getAction()).isEqualTo("SUPPLEMENT_REQUESTED"))
                .extracting(AuditEvent::getDetail).isEqualTo(items);
    }

    @Test
    void a_request_without_what_to_fix_is_refused() {
        SignIn.as(applicant, Roles.APPLICANT);
        supplements.resubmit(id, ApplicationFixtures.completeForm("日照绿茶"));
        SignIn.as("office", Roles.OFFICE);
        String task = workflowFixtures.task(id, "CheckEligibility");
        assertThatThrownBy(() -> eligibility.requestSupplement(task, id, Set.of(), "x"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("supplement.partsRequired"));
        assertThatThrownBy(() -> eligibility.requestSupplement(task, id, Set.of(FormSection.FIGURES), " "))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("supplement.itemsRequired"));
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).containsExactly("CheckEligibility");
    }
}
