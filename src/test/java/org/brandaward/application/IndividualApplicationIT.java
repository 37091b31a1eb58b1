package org.brandaward.application;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.Quotas;
import org.brandaward.programme.Round;
import org.brandaward.recommendation.RecommendationService;
import org.brandaward.security.RegionGroups;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 省长质量奖 takes individuals too: a personal record instead of the self-assessment, their own rule and quota. */
@IntegrationTest
class IndividualApplicationIT {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ApplicationService applications;
    @Autowired RecommendationService recommendations;
    @Autowired EligibilityService eligibility;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_individual_fills_a_personal_record_instead_of_the_self_assessment() {
        Round round = roundFixtures.round("sd-governor-quality-award", 2042, null);
        organisationFixtures.applicantWithOrganisation("济南质量研究院");
        long id = applications.createDraft(round.getId(), ApplicantKind.INDIVIDUAL).getId();

        assertThatThrownBy(() -> applications.submit(id, new ApplicationForm()))
                .isInstanceOfSatisfying(ApplicationIncompleteException.class, e -> assertThat(e.getViolations())
                        .extracting(FieldViolation::field)
                        .contains("personName", "yearsOfQualityWork", "achievements", "foundedYear")
                        .doesNotContain("leadership", "results", "productName"));

        Application submitted = applications.submit(id, ApplicationFixtures.completeForm("个人"));
        assertThat(submitted.subject()).isEqualTo("李明");
        assertThat(submitted.detail("leadership")).as("not part of an individual's form").isNull();
    }

    @Test
    void an_individual_with_fewer_than_ten_years_of_quality_work_fails_that_rule() {
        Round round = roundFixtures.round("hn-governor-quality-award", 2042, null);
        organisationFixtures.applicantWithOrganisation("长沙质量协会");
        long id = applications.createDraft(round.getId(), ApplicantKind.INDIVIDUAL).getId();
        ApplicationForm form = ApplicationFixtures.completeForm("个人");
        form.set("yearsOfQualityWork", 8);
        applications.submit(id, form);
        recommendationFixtures.toProvince(id);

        SignIn.as("office", Roles.OFFICE);
        assertThat(eligibility.failedRules(id)).containsExactly("yearsOfQualityWork");
    }

    @Test
    void a_county_recommends_individuals_and_organisations_within_their_own_quotas() {
        Round round = roundFixtures.round("sd-governor-quality-award", 2043, new Quotas(null, null, 1, 1));
        long organisation = submitted(round, "济南钢铁集团", ApplicantKind.ORGANISATION);
        long individual = submitted(round, "济南轻工集团", ApplicantKind.INDIVIDUAL);
        long secondIndividual = submitted(round, "济南医药集团", ApplicantKind.INDIVIDUAL);

        SignIn.asRecommender(RegionGroups.county(OrganisationFixtures.COUNTY));
        recommendations.pass(workflowFixtures.task(organisation, "CountyRecommendation"), organisation);
        recommendations.pass(workflowFixtures.task(individual, "CountyRecommendation"), individual);
        String task = workflowFixtures.task(secondIndividual, "CountyRecommendation");
        assertThatThrownBy(() -> recommendations.pass(task, secondIndividual))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("recommendation.quotaFull"));
    }

    @Test
    void a_brand_programme_takes_no_individuals() {
        Round round = roundFixtures.round("sd-famous-product", 2042, null);
        organisationFixtures.applicantWithOrganisation("某个人");
        assertThatThrownBy(() -> applications.createDraft(round.getId(), ApplicantKind.INDIVIDUAL))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("application.kindNotAccepted"));
    }

    private long submitted(Round round, String organisation, ApplicantKind kind) {
        organisationFixtures.applicantWithOrganisation(organisation);
        long id = applications.createDraft(round.getId(), kind).getId();
        applications.submit(id, ApplicationFixtures.completeForm(organisation));
        SignIn.out();
        return id;
    }
}
