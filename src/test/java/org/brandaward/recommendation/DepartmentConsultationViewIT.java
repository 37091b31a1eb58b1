package org.brandaward.recommendation;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.brandaward.KaribuTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.programme.ProgrammeDescriptor.Quotas;
import org.brandaward.programme.Round;
import org.brandaward.security.RegionGroups;
import org.brandaward.security.Roles;
import org.brandaward.workflow.TaskView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The city records the departments' answers in the view: an issue found must be described before the notice starts. */
class DepartmentConsultationViewIT extends KaribuTest {

    static final String CITY = RegionGroups.city(OrganisationFixtures.CITY);
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ApplicationService applications;
    @Autowired RecommendationService recommendations;

    @Test
    void an_issue_found_needs_its_finding_then_the_city_notice_starts() {
        Round round = roundFixtures.round("sd-governor-quality-award", 2045, new Quotas(null, null, null, null));
        organisationFixtures.applicantWithOrganisation("济南质量标杆有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("质量标杆"));
        SignIn.asRecommender(RegionGroups.county(OrganisationFixtures.COUNTY));
        recommendations.pass(workflowFixtures.task(id, "CountyRecommendation"), id);
        SignIn.asRecommender(CITY);
        recommendations.pass(workflowFixtures.task(id, "CityFirstCheck"), id);

        login("recommender-" + CITY, Roles.RECOMMENDER);
        SignIn.asRecommender(CITY);
        UI.getCurrent().navigate(DepartmentConsultationView.class,
                new RouteParameters(TaskView.TASK_ID, workflowFixtures.task(id, "ConsultDepartments")));
        _setValue(_get(Checkbox.class, spec -> spec.withId("issue-" + Department.TAXATION)), true);
        _click(_get(Button.class, spec -> spec.withId("consultation-proceed")));

        TextField finding = _get(TextField.class, spec -> spec.withId("finding-" + Department.TAXATION));
        assertThat(finding.isInvalid()).isTrue();
        assertThat(finding.getErrorMessage()).isEqualTo("请写明该部门发现的问题");
        assertThat(recommendations.opinionsOn(id)).isEmpty();

        _setValue(finding, "2025年曾延期申报，已补缴");
        _click(_get(Button.class, spec -> spec.withId("consultation-proceed")));

        expectNotifications("部门意见已记录，市级公示开始");
        assertThat(recommendations.opinionsOn(id)).hasSize(Department.values().length)
                .filteredOn(o -> !o.isClean()).singleElement()
                .satisfies(o -> assertThat(o.getFinding()).isEqualTo("2025年曾延期申报，已补缴"));
        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.CITY_NOTICE);
    }
}
