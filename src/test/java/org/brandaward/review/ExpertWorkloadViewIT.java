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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.brandaward.KaribuTest;
import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.programme.Round;
import org.brandaward.review.ExpertWorkloadService.EmptySeat;
import org.brandaward.review.ExpertWorkloadService.Row;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.function.Predicate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The office's workload page: counts per expert, 催办 for open work only, the reminder in the expert's inbox, empty seats. */
class ExpertWorkloadViewIT extends KaribuTest {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired ExpertDrawService draws;
    @Autowired ExpertPoolService pool;

    @Test
    @SuppressWarnings("unchecked")
    void the_office_reminds_an_expert_with_open_work_who_reads_it_at_the_top_of_the_inbox() {
        long id = applicationPastEligibility("sd-famous-product", 2050, "工作量页面矿泉水");
        SignIn.as("office", Roles.OFFICE);
        long idle = idleExpert();
        String expert = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT)).get(0);
        SignIn.as(expert, Roles.EXPERT);
        draws.declare(id);
        long expertId = pool.ofAccount(expert).orElseThrow().getId();

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate(ExpertPoolView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("expert-workload-link")).getHref()).isEqualTo("experts/workload");
        UI.getCurrent().navigate(ExpertWorkloadView.class);
        Grid<Row> grid = _get(Grid.class, spec -> spec.withId("expert-workload"));
        assertThat(row(grid, expertId).open()).isPositive();
        assertThat(GridKt._getFormattedRow(grid, index(grid, r -> r.expertId() == expertId))).contains(row(grid, expertId).name());

        Button idleRemind = (Button) GridKt._getCellComponent(grid, index(grid, r -> r.expertId() == idle), "remind");
        assertThat(idleRemind.getId()).hasValue("remind-" + idle);
        assertThat(idleRemind.isEnabled()).as("nothing open, nothing to remind").isFalse();

        Button remind = (Button) GridKt._getCellComponent(grid, index(grid, r -> r.expertId() == expertId), "remind");
        assertThat(remind.getId()).hasValue("remind-" + expertId);
        _click(remind);
        expectNotifications("已向" + row(grid, expertId).name() + "发出催办");
        assertThat(row(grid, expertId).lastReminded()).isNotNull();

        login(expert, Roles.EXPERT);
        UI.getCurrent().navigate("tasks");
        List<String> notices = _get(Div.class, spec -> spec.withId("inbox-notices")).getChildren()
                .map(c -> ((Paragraph) c).getText()).toList();
        assertThat(notices).first().asString().contains("评审办公室催办", Long.toString(id));
        assertThat(notices).last().asString().startsWith("您尚有");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_seat_no_expert_is_left_to_fill_is_listed_with_its_application() {
        long id = applicationPastEligibility("qh-time-honored-brand", 2051, "空缺席位老字号酱菜");
        SignIn.as("office", Roles.OFFICE);
        Application application = applications.get(id);
        while (!draws.candidates(application, ReviewStage.DOCUMENT).eligible().isEmpty()) {
            declineFirstReviewer(id);
        }
        declineFirstReviewer(id);

        login("office", Roles.OFFICE);
        UI.getCurrent().navigate(ExpertWorkloadView.class);
        Grid<EmptySeat> seats = _get(Grid.class, spec -> spec.withId("empty-seats"));
        List<EmptySeat> items = seats.getListDataView().getItems().toList();
        int index = items.indexOf(items.stream().filter(s -> s.applicationId() == id).findFirst().orElseThrow());
        assertThat(items.get(index).stage()).isEqualTo(ReviewStage.DOCUMENT);
        assertThat(GridKt._getFormattedRow(seats, index)).contains(Long.toString(id), "空缺席位老字号酱菜", "材料评审");
    }

    private long applicationPastEligibility(String programme, int year, String product) {
        Round round = roundFixtures.round(programme, year, null);
        organisationFixtures.applicantWithOrganisation(product + "有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm(product));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        return id;
    }

    private void declineFirstReviewer(long applicationId) {
        SignIn.as(SignIn.asEngine(() -> draws.reviewers(applicationId, ReviewStage.DOCUMENT)).get(0), Roles.EXPERT);
        draws.decline(applicationId, "时间冲突");
        SignIn.as("office", Roles.OFFICE);
    }

    /** An expert of a field no test here draws, so with nothing open. */
    private long idleExpert() {
        return reviewFixtures.expertInPool("钱研究员", "371100", "日照市标准化研究院", Family.QUALITY_AWARD).getId();
    }

    private static Row row(Grid<Row> grid, long expertId) {
        return grid.getListDataView().getItems().filter(r -> r.expertId() == expertId).findFirst().orElseThrow();
    }

    private static int index(Grid<Row> grid, Predicate<Row> which) {
        List<Row> rows = grid.getListDataView().getItems().toList();
        return rows.indexOf(rows.stream().filter(which).findFirst().orElseThrow());
    }
}
