package org.brandaward.survey;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.brandaward.KaribuTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.review.ExpertDrawService;
import org.brandaward.review.ReviewStage;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The expert scoring a 湖南名牌产品 2070 candidate reads the satisfaction figure beside its raw figures; the item comes filled in. */
class SatisfactionScoringViewIT extends KaribuTest {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired ExpertDrawService draws;
    @Autowired SurveyService surveys;

    @Test
    void the_scoring_view_shows_the_figure_and_fills_in_the_satisfaction_item() {
        Round round = roundFixtures.round("hn-famous-product", 2070, null);
        organisationFixtures.applicantWithOrganisation("浏阳花炮有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("花炮"));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        byte[] csv = ("credit_code,application_number,sample_size,score\n," + id + ",500,92\n").getBytes(StandardCharsets.UTF_8);
        surveys.confirm(round.getId(), "s.csv", csv, surveys.preview(round.getId(), "s.csv", csv).digest());
        String expert = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT)).get(0);
        SignIn.as(expert, Roles.EXPERT);
        draws.declare(id);

        login(expert, Roles.EXPERT);
        UI.getCurrent().navigate("tasks/scoring/" + workflowFixtures.task(id, "ScoreApplication"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("satisfaction-figure")).getText())
                .isEqualTo("满意度 92.00（第三方测评权重 70%）；第三方测评 92.00 分（样本 500）；暂无消费者评价");
        // 92 / 100 x 15 = 13.8 -> 14
        assertThat(_get(IntegerField.class, spec -> spec.withId("item-satisfaction-survey")).getValue()).isEqualTo(14);
        assertThat(_get(TextField.class, spec -> spec.withId("reason-satisfaction-survey")).getHelperText()).contains("14");
    }
}
