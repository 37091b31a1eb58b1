package org.brandaward.publication;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.review.ReviewFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.brandaward.KaribuTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.TimelineEntry;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.workflow.WorkflowService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The office's screens of 审定、发布: the ranking page starts the round's decision once, the inbox lists the round's
 * approval task, the approval view takes the document number and date, and the round's list page records the
 * ministry's outcome of a recommendation (中华老字号).
 */
class PublicationViewsIT extends KaribuTest {

    static final int YEAR = 2088;
    static final int RECOMMENDATION_YEAR = 2089;
    @Autowired RoundFixtures roundFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired CertificateFixtures certificateFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired PublicationService publications;
    @Autowired WorkflowService workflow;
    @Autowired RepositoryService repository;
    @Autowired TaskService tasks;
    @Autowired Clock clock;


    @Test
    @SuppressWarnings("unchecked")
    void the_office_starts_the_decision_from_the_ranking_and_approves_the_list_with_its_document_number() {
        Round round = roundFixtures.round("sd-famous-product", YEAR, null);
        organisationFixtures.applicantWithOrganisation("潍坊风筝有限公司");
        long id = reviewed(round, "潍坊牌风筝", 88);

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate("rounds/" + round.getId() + "/ranking");
        Button start = _get(Button.class, spec -> spec.withId("start-round-decision"));
        assertThat(start.getText()).isEqualTo("启动评审委员会、公示与审定");
        _click(start);
        expectNotifications("本批次的审定流程已启动：评审委员会、公示、审定、发布。");
        assertThat(start.isEnabled()).isFalse();
        UI.getCurrent().navigate("rounds/" + round.getId() + "/list");
        UI.getCurrent().navigate("rounds/" + round.getId() + "/ranking");
        _assertNone(Button.class, spec -> spec.withId("start-round-decision"));

        String taskId = publicationFixtures.toListApproval(round, List.of(id));

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate("tasks");
        Grid<Object> inbox = _get(Grid.class, spec -> spec.withId("inbox"));
        assertThat(IntStream.range(0, GridKt._size(inbox)).mapToObj(i -> GridKt._getFormattedRow(inbox, i)))
                .as("the round's task, without an application").anySatisfy(row -> {
                    assertThat(row.get(0)).isEqualTo("审定名单");
                    assertThat(row.get(1)).isEmpty();
                });

        UI.getCurrent().navigate("tasks/list-approval/" + taskId);
        Grid<Object> list = _get(Grid.class, spec -> spec.withId("final-list"));
        assertThat(GridKt._size(list)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(list, 0)).contains("1", "潍坊风筝有限公司", "潍坊牌风筝", "济南市");
        _assertNone(BigDecimalField.class);
        _get(TextField.class, spec -> spec.withId("decision-number")).setValue("鲁政字〔2088〕5号");
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("decision-date"));
        assertThat(date.getMax()).isEqualTo(LocalDate.now(clock));
        date.setValue(LocalDate.now(clock).plusDays(1));
        Button approve = _get(Button.class, spec -> spec.withId("approve-list"));
        assertThatThrownBy(() -> _click(approve)).isInstanceOf(RuleViolationException.class)
                .hasMessage("publication.decisionDateInFuture[]");
        assertThat(publications.approvedEntries(round.getId())).isEmpty();

        date.setValue(LocalDate.now(clock));
        _click(approve);
        expectNotifications("名单已审定并发布，各申报单位可在申报进度中查看结果。");
        assertThat(publications.published(round.getId())).get().satisfies(p -> assertThat(p.decisionNumber()).isEqualTo("鲁政字〔2088〕5号"));

        UI.getCurrent().navigate("rounds/" + round.getId() + "/list");
        Grid<Object> approved = _get(Grid.class, spec -> spec.withId("round-list"));
        assertThat(GridKt._getFormattedRow(approved, 0)).contains("潍坊风筝有限公司").noneSatisfy(cell -> assertThat(cell).startsWith("SDMP-"));
        assertThat(_get(Span.class, spec -> spec.withId("certificate-batch-figures")).getText()).isEqualTo("已发证 0 / 1（等待开始）");
        assertThat(UI.getCurrent().getPollInterval()).as("the page watches the batch").isPositive();
        _click(_get(Button.class, spec -> spec.withId("certificate-batch-resume")));
        expectNotifications("发证已开始，从尚未颁发的证书接着颁发。");

        certificateFixtures.issueAll(round.getId()); // as the background runner would, while the page is open
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(_get(Span.class, spec -> spec.withId("certificate-batch-figures")).getText()).isEqualTo("已发证 1 / 1（已完成）");
        assertThat(GridKt._getFormattedRow(approved, 0)).as("the number shows as it is issued").contains("SDMP-2088-00001");
        _assertNone(Button.class, spec -> spec.withId("certificate-batch-resume"));
        assertThat(UI.getCurrent().getPollInterval()).as("done: no more polling").isNegative();
        assertThat(approved.getColumnByKey("ministry").isVisible()).as("a certifying programme").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_office_records_the_ministrys_outcome_of_a_recommendation() {
        Round round = roundFixtures.round("cn-time-honored-brand", RECOMMENDATION_YEAR, null);
        String applicant = organisationFixtures.applicantWithOrganisation("济南瑞蚨祥绸布店");
        long id = reviewed(round, "瑞蚨祥", 85);
        SignIn.as("office", Roles.OFFICE);
        publications.startDecision(round.getId());
        String taskId = publicationFixtures.toListApproval(round, List.of(id));
        LocalDate today = LocalDate.now(clock);
        publications.approve(taskId, new ListApproval("鲁商字〔2089〕7号", today, null));
        assertThat(applications.get(id).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(publications.published(round.getId())).get().satisfies(p -> {
            assertThat(p.recommendation()).isTrue();
            assertThat(p.entries()).singleElement().satisfies(e -> {
                assertThat(e.certificateNumber()).as("the province recommends, it does not certify").isNull();
                assertThat(e.ministryRecognised()).isNull();
            });
        });

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate("rounds/" + round.getId() + "/list");
        Grid<Object> list = _get(Grid.class, spec -> spec.withId("round-list"));
        assertThat(GridKt._getFormattedRow(list, 0)).contains("济南瑞蚨祥绸布店", "待商务部认定");
        var form = (HorizontalLayout) GridKt._getCellComponent(list, 0, "ministry");
        form.getChildren().filter(c -> c.getId().orElse("").equals("ministry-date-" + id)).map(DatePicker.class::cast)
                .findFirst().orElseThrow().setValue(today);
        _click(form.getChildren().filter(c -> c.getId().orElse("").equals("ministry-recognised-" + id)).map(Button.class::cast)
                .findFirst().orElseThrow());
        expectNotifications("商务部认定结果已记录。");
        assertThat(GridKt._getFormattedRow(list, 0)).contains("已认定（" + today + "）");
        assertThat(publications.published(round.getId()).orElseThrow().entries()).singleElement()
                .satisfies(e -> assertThat(e.ministryRecognised()).isTrue())
                .satisfies(e -> assertThat(e.ministryDecidedOn()).isEqualTo(today));
        assertThatThrownBy(() -> publications.recordMinistryOutcome(id, false, today)).as("recorded once")
                .isInstanceOf(RuleViolationException.class).hasMessage("publication.ministryAlreadyRecorded[]");

        SignIn.as(applicant, Roles.APPLICANT);
        assertThat(applications.timeline(id)).extracting(TimelineEntry::action).contains("LIST_RECOMMENDED", "MINISTRY_RECOGNISED");
    }

    private long reviewed(Round round, String product, int total) {
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm(product));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        reviewFixtures.reviewedByExperts(id, total);
        return id;
    }
}
