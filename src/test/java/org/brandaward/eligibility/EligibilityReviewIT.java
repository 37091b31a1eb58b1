package org.brandaward.eligibility;

import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.Reasons;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.TestData;
import org.brandaward.application.ApplicationForm;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The provincial eligibility review reads the programme's DMN table with the application's own facts. */
@IntegrationTest
class EligibilityReviewIT {

    @Autowired TestData data;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired WorkflowService workflow;
    @Autowired AuditLog audit;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_application_meeting_every_condition_breaks_no_rule() {
        long id = atProvince(data.round("sd-service-brand", 2036, null), TestData.completeForm("泉城导游服务"));
        TestData.signIn("office", Roles.OFFICE);
        assertThat(eligibility.failedRules(id)).isEmpty();
    }

    @Test
    void declared_facts_are_counted_to_the_round_year_and_every_broken_rule_is_named() {
        ApplicationForm form = TestData.completeForm("章丘铁锅");
        form.set("foundedYear", 2034);
        form.set("productSinceYear", 2035);
        form.set("majorAccidentLast3Years", true);
        form.set("spotChecksPassedLast3Years", false);
        long id = atProvince(data.round("sd-famous-product", 2036, null), form);

        TestData.signIn("office", Roles.OFFICE);
        assertThat(eligibility.failedRules(id))
                .containsExactlyInAnyOrder("yearsInOperation", "yearsProductMade", "noMajorAccident", "spotChecksPassed");
    }

    @Test
    void a_time_honoured_brand_younger_than_the_programme_minimum_fails_its_rule() {
        ApplicationForm form = TestData.completeForm("青海酸奶");
        form.set("brandFoundedYear", 2010);
        long id = atProvince(data.round("qh-time-honored-brand", 2036, null), form);

        TestData.signIn("office", Roles.OFFICE);
        assertThat(eligibility.failedRules(id)).containsExactly("brandAge");
    }

    @Test
    void the_office_overrides_a_broken_rule_only_with_a_written_reason_which_is_audited() {
        ApplicationForm form = TestData.completeForm("德州扒鸡");
        form.set("majorAccidentLast3Years", true);
        long id = atProvince(data.round("sd-famous-product", 2037, null), form);
        TestData.signIn("office", Roles.OFFICE);
        String task = data.task(id, "CheckEligibility");

        assertThatThrownBy(() -> eligibility.decide(task, id, true, null, Map.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("eligibility.overrideReasonRequired"));
        assertThatThrownBy(() -> eligibility.decide(task, id, true, null, Map.of("noMajorAccident", "  ")))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> eligibility.decide(task, id, true, null, Map.of("noMajorAccident", "长".repeat(Reasons.MAX + 1))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("validation.tooLong"));
        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.PROVINCIAL_REVIEW);
        assertThat(audit.history(ApplicationService.AUDIT_TYPE, id)).as("nothing half-stored")
                .noneMatch(e -> e.getAction().equals("ELIGIBILITY_RULE_OVERRIDDEN"));

        eligibility.decide(task, id, true, null, Map.of("noMajorAccident", "事故系上游供应商责任，经应急管理部门认定"));

        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(audit.history(ApplicationService.AUDIT_TYPE, id)).filteredOn(e -> e.getAction().equals("ELIGIBILITY_RULE_OVERRIDDEN"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("office");
                    assertThat(e.getDetail()).isEqualTo("noMajorAccident: 事故系上游供应商责任，经应急管理部门认定");
                });
        assertThat(TestData.asEngine(() -> workflow.openTaskKeys(id))).isNotEmpty().containsOnly("DeclareConflicts");
    }

    @Test
    void a_quality_award_winner_is_locked_out_of_the_next_rounds_of_its_programme() {
        String applicant = data.applicantWithOrganisation("湖南质量标杆有限公司");
        Round won = data.round("hn-governor-quality-award", 2038, null);
        TestData.signIn(applicant, Roles.APPLICANT);
        data.recognisedApplication(applicant, won, "卓越绩效");
        Round next = data.round("hn-governor-quality-award", 2040, null);

        TestData.signIn(applicant, Roles.APPLICANT);
        long id = applications.createDraft(next.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, TestData.completeForm("卓越绩效"));
        data.toProvince(id);
        TestData.signIn("office", Roles.OFFICE);
        assertThat(eligibility.failedRules(id)).containsExactly("notWithinLockout");
        assertThat(audit.history(ApplicationService.AUDIT_TYPE, id)).extracting(AuditEvent::getAction).contains("CITY_NOTICE_STARTED");
    }

    private long atProvince(Round round, ApplicationForm form) {
        data.applicantWithOrganisation(form.get("productName") + "有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, form);
        data.toProvince(id);
        return id;
    }
}
