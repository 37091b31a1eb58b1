package org.brandaward.review;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.brandaward.KaribuTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.workflow.TaskView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** A drawn expert must tick the declaration to start, or declines with a reason and is replaced. */
class DeclarationViewIT extends KaribuTest {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired ExpertDrawService draws;

    @Test
    void the_declaration_must_be_ticked_and_a_decline_brings_a_replacement() {
        Round round = roundFixtures.round("qh-famous-brand", 2046, null);
        organisationFixtures.applicantWithOrganisation("青海牦牛乳业有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("牦牛酸奶"));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        addExpertToThePool();
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        String expert = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT)).get(0);

        login(expert, Roles.EXPERT);
        UI.getCurrent().navigate(DeclarationView.class, new RouteParameters(TaskView.TASK_ID, workflowFixtures.task(id, "DeclareConflicts")));
        _click(_get(Button.class, spec -> spec.withId("declaration-declare")));
        Checkbox accept = _get(Checkbox.class, spec -> spec.withId("declaration-accept"));
        assertThat(accept.isInvalid()).isTrue();
        assertThat(draws.hasDeclared(id)).isFalse();

        _setValue(_get(TextArea.class, spec -> spec.withId("declaration-decline-reason")), "本人曾任该企业顾问");
        _click(_get(Button.class, spec -> spec.withId("declaration-decline")));

        expectNotifications("已谢绝，系统将另行抽取专家");
        assertThat(SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT))).hasSize(5).doesNotContain(expert);
    }

    /** One more famous-brand expert than a draw needs, so a replacement can be drawn whatever the pool held before. */
    private void addExpertToThePool() {
        reviewFixtures.expertInPool("郑研究员", "630200", "青海省标准化研究院", Family.FAMOUS_BRAND);
    }
}
