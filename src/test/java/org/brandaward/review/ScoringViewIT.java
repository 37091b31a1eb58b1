package org.brandaward.review;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.brandaward.KaribuTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.Attachment;
import org.brandaward.application.AttachmentService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeSetting;
import org.brandaward.programme.ProgrammeSettings;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.workflow.TaskView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring page of 湖南名牌产品 with blind review switched on: the expert sees no one's identity, formula items
 * come filled in, a draft is kept and the sheet is submitted.
 */
class ScoringViewIT extends KaribuTest {

    private static final String PROGRAMME = "hn-famous-product";
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired ExpertDrawService draws;
    @Autowired ReviewService reviews;
    @Autowired ProgrammeSettings settings;
    @Autowired AttachmentService attachments;

    @AfterEach
    void blindOff() {
        SignIn.as("office", Roles.OFFICE);
        settings.change(PROGRAMME, Map.of(ProgrammeSetting.BLIND_REVIEW, 0));
        SignIn.out();
    }

    @Test
    void the_office_switches_on_blind_review_and_the_expert_scores_without_seeing_the_applicant() {
        login("office", Roles.OFFICE);
        UI.getCurrent().navigate("programmes");
        _setValue(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("settings-programme")),
                settings.get(PROGRAMME));
        _setValue(_get(Checkbox.class, spec -> spec.withId("setting-BLIND_REVIEW")), true);
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        expectNotifications("设置已保存");
        assertThat(settings.get(PROGRAMME).blindReview()).isTrue();

        Round round = roundFixtures.round(PROGRAMME, 2049, null);
        organisationFixtures.applicantWithOrganisation("湘潭湘莲食品有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        attachments.attach(id, "湘潭湘莲营业执照.pdf", PDF);
        Attachment anonymised = attachments.attach(id, "湘莲检测报告.pdf", PDF, true);
        applications.submit(id, ApplicationFixtures.completeForm("湘莲"));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        String expert = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT)).get(0);
        SignIn.as(expert, Roles.EXPERT);
        draws.declare(id);

        login(expert, Roles.EXPERT);
        UI.getCurrent().navigate(ScoringView.class, new RouteParameters(TaskView.TASK_ID, workflowFixtures.task(id, "ScoreApplication")));
        assertThat(_get(Span.class, spec -> spec.withId("panel-blind")).getText()).contains(Long.toString(id));
        assertThat(_find(Span.class)).extracting(Span::getText).noneMatch(t -> t.contains("湘潭湘莲食品有限公司"));
        assertThat(_find(Span.class, spec -> spec.withId("panel-product-name"))).as("the entry's name is left out").isEmpty();
        Grid<Attachment> files = _get(Grid.class, spec -> spec.withId("attachments"));
        assertThat(GridKt._findAll(files)).as("only the file declared to carry no name").extracting(Attachment::getFileName)
                .containsExactly("湘莲检测报告.pdf");
        assertThat(((Anchor) GridKt._getCellComponent(files, 0, "file")).getHref()).isEqualTo("attachments/" + anonymised.getPublicKey());
        assertThat(_get(IntegerField.class, spec -> spec.withId("item-development-rd")).getValue()).as("by formula").isNotNull();

        _setValue(_get(IntegerField.class, spec -> spec.withId("item-quality-spotChecks")), 9);
        _setValue(_get(TextArea.class, spec -> spec.withId("opportunities-quality-spotChecks")), "抽查批次偏少");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        expectNotifications("草稿已保存");
        assertThat(reviews.ownSheet(id, ReviewStage.DOCUMENT).orElseThrow().item("quality.spotChecks"))
                .hasValueSatisfying(s -> assertThat(s.getOpportunities()).isEqualTo("抽查批次偏少"));

        for (String item : new String[] {"quality-certifications", "quality-standards", "development-patents",
                "satisfaction-survey"}) {
            _setValue(_get(IntegerField.class, spec -> spec.withId("item-" + item)), 5);
        }
        _click(_get(Button.class, spec -> spec.withId("submit-score")));
        expectNotifications("评分已提交");
        assertThat(reviews.ownSheet(id, ReviewStage.DOCUMENT).orElseThrow().isSubmitted()).isTrue();
    }
}
