package org.brandaward.eligibility;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.Reasons;
import org.brandaward.shared.RuleViolationException;
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
    @Autowired RoundFixtures roundFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired WorkflowService workflow;
    @Autowired AuditLog audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_application_meeting_every_condition_breaks_no_rule() {
        long id = atProvince(roundFixtures.round("sd-service-brand", 2036, null), ApplicationFixtures.completeForm("泉城导游服务"));
        SignIn.as("office", Roles.OFFICE);
        assertThat(eligibility.failedRules(id)).isEmpty();
    }

    @Test
    void declared_facts_are_counted_to_the_round_year_and_every_broken_rule_is_named() {
        ApplicationForm form = ApplicationFixtures.completeForm("章丘铁锅");
        form.set("foundedYear", 2034);
        form.set("productSinceYear", 2035);
        form.set("majorAccidentLast3Years", true);
        form.set("spotChecksPassedLast3Years", false);
        long id = atProvince(roundFixtures.round("sd-famous-product", 2036, null), form);

        SignIn.as("office", Roles.OFFICE);
        assertThat(eligibility.failedRules(id))
                .containsExactlyInAnyOrder("yearsInOperation", "yearsProductMade", "noMajorAccident", "spotChecksPassed");
    }

    @Test
    void a_time_honoured_brand_younger_than_the_programme_minimum_fails_its_rule() {
        ApplicationForm form = ApplicationFixtures.completeForm("青海酸奶");
        form.set("brandFoundedYear", 2010);
        long id = atProvince(roundFixtures.round("qh-time-honored-brand", 2036, null), form);

        SignIn.as("office", Roles.OFFICE);
        assertThat(eligibility.failedRules(id)).containsExactly("brandAge");
    }

    @Test
    void the_office_overrides_a_broken_rule_only_with_a_written_reason_which_is_audited() {
        ApplicationForm form = ApplicationFixtures.completeForm("德州扒鸡");
        form.set("majorAccidentLast3Years", true);
        long id = atProvince(roundFixtures.round("sd-famous-product", 2037, null), form);
        SignIn.as("office", Roles.OFFICE);
        String task = workflowFixtures.task(id, "CheckEligibility");

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
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).isNotEmpty().containsOnly("DeclareConflicts");
    }

    @Test
    void a_quality_award_winner_is_locked_out_of_the_next_rounds_of_its_programme() {
        String applicant = organisationFixtures.applicantWithOrganisation("湖南质量标杆有限公司");
        Round won = roundFixtures.round("hn-governor-quality-award", 2038, null);
        SignIn.as(applicant, Roles.APPLICANT);
        publicationFixtures.recognisedApplication(applicant, won, "卓越绩效");
        Round next = roundFixtures.round("hn-governor-quality-award", 2040, null);

        SignIn.as(applicant, Roles.APPLICANT);
        long id = applications.createDraft(next.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("卓越绩效"));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        assertThat(eligibility.failedRules(id)).containsExactly("notWithinLockout");
        assertThat(audit.history(ApplicationService.AUDIT_TYPE, id)).extracting(AuditEvent::getAction).contains("CITY_NOTICE_STARTED");
    }

    private long atProvince(Round round, ApplicationForm form) {
        organisationFixtures.applicantWithOrganisation(form.get("productName") + "有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, form);
        recommendationFixtures.toProvince(id);
        return id;
    }
}
