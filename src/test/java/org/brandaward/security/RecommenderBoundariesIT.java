package org.brandaward.security;

import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.AttachmentService;
import org.brandaward.application.SupplementService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationService;
import org.brandaward.workflow.WorkflowFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Found in review: a bureau read drafts not yet submitted and organisations outside its region, and a supplement
 * could be requested on any application by role alone. A bureau reads only submitted applications of its own county or
 * city; a supplement request needs an open task about that very application the caller may work on.
 */
@IntegrationTest
class RecommenderBoundariesIT {

    private static final String OWN_COUNTY = RegionGroups.county(OrganisationFixtures.COUNTY);
    private static final String OWN_CITY = RegionGroups.city(OrganisationFixtures.CITY);
    /** 青岛市 and its 市南区: another city's bureaus. */
    private static final String OTHER_COUNTY = RegionGroups.county("370202");
    private static final String OTHER_CITY = RegionGroups.city("370200");

    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ApplicationService applications;
    @Autowired AttachmentService attachments;
    @Autowired OrganisationService organisations;
    @Autowired RecommendationService recommendations;
    @Autowired SupplementService supplements;

    private String applicant;
    private long draftId;
    private long submittedId;
    private long organisationId;

    @BeforeEach
    void oneDraftAndOneSubmittedApplication() {
        long roundId = roundFixtures.round(2140).getId();
        applicant = organisationFixtures.applicantWithOrganisation("济南区域边界测试有限公司");
        organisationId = organisations.currentOrganisationId();
        draftId = applications.createDraft(roundId, ApplicantKind.ORGANISATION).getId();
        submittedId = applications.createDraft(roundId, ApplicantKind.ORGANISATION).getId();
        applications.submit(submittedId, ApplicationFixtures.completeForm("区域边界茶"));
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void no_bureau_reads_a_draft_not_even_of_its_own_region() {
        for (String group : new String[] {OWN_COUNTY, OWN_CITY}) {
            SignIn.asRecommender(group);
            assertThatThrownBy(() -> applications.get(draftId)).as(group).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> applications.organisationOf(draftId)).as(group).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> applications.timeline(draftId)).as(group).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attachments.of(draftId)).as(group).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> recommendations.opinionsOn(draftId)).as(group).isInstanceOf(AccessDeniedException.class);

            assertThat(applications.get(submittedId).getStatus()).as(group).isEqualTo(ApplicationStatus.COUNTY_REVIEW);
            assertThat(applications.organisationOf(submittedId).getId()).as(group).isEqualTo(organisationId);
        }
    }

    @Test
    void a_bureau_of_another_region_reads_neither_the_application_nor_its_organisation() {
        for (String group : new String[] {OTHER_COUNTY, OTHER_CITY}) {
            SignIn.asRecommender(group);
            assertThatThrownBy(() -> applications.get(submittedId)).as(group).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> applications.formOf(submittedId)).as(group).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> applications.organisationOf(submittedId)).as(group).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> applications.timeline(submittedId)).as(group).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> attachments.of(submittedId)).as(group).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> recommendations.opinionsOn(submittedId)).as(group).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organisations.get(organisationId)).as(group).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_bureau_reads_an_organisation_only_through_an_application_it_may_read() {
        SignIn.asRecommender(OWN_COUNTY);
        assertThatThrownBy(() -> organisations.get(organisationId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_supplement_is_requested_only_in_a_task_about_that_application_the_caller_may_work_on() {
        SignIn.asRecommender(OWN_COUNTY);
        String countyTask = workflowFixtures.task(submittedId, "CountyRecommendation");

        SignIn.asRecommender(OTHER_COUNTY);
        assertThatThrownBy(() -> supplements.requestSupplement(countyTask, submittedId, EnumSet.of(FormSection.FIGURES), "请更正"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as("office", Roles.OFFICE);
        assertThatThrownBy(() -> supplements.requestSupplement(countyTask, submittedId, EnumSet.of(FormSection.FIGURES), "请更正"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.asRecommender(OWN_COUNTY);
        assertThatThrownBy(() -> supplements.requestSupplement(countyTask, draftId, EnumSet.of(FormSection.FIGURES), "请更正"))
                .as("the task is about another application").isInstanceOf(AccessDeniedException.class);

        SignIn.as(applicant, Roles.APPLICANT);
        assertThat(applications.get(submittedId).getStatus()).isEqualTo(ApplicationStatus.COUNTY_REVIEW);

        SignIn.asRecommender(OWN_COUNTY);
        recommendations.requestSupplement(countyTask, submittedId, EnumSet.of(FormSection.FIGURES), "请更正近三年销售额");
        SignIn.as(applicant, Roles.APPLICANT);
        assertThat(applications.get(submittedId).getStatus()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
    }
}
