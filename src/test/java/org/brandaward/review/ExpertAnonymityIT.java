package org.brandaward.review;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.brandaward.KaribuTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.TimelineEntry;
import org.brandaward.certificate.CertificateService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.programme.Round;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.Roles;
import org.brandaward.workflow.WorkflowService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 评审专家对申报单位保密: an application of 山东省省长质量奖 goes through every stage there is — submission, county
 * and city recommendation, eligibility, the draw, a declaration, a decline and its replacement, a silent expert
 * replaced by the process, a reminder, a seat left empty, scoring, a consensus, the site review and approval — and
 * nothing its applicant reads names an expert: not the timeline (as the service gives it and as the view shows it),
 * not the feedback report, not the certificate.
 */
class ExpertAnonymityIT extends KaribuTest {

    private static final String PROGRAMME = "sd-governor-quality-award";
    @Autowired RoundFixtures roundFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired ExpertDrawService draws;
    @Autowired ReviewService reviews;
    @Autowired ExpertWorkloadService workload;
    @Autowired RankingService rankings;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired FeedbackReportService feedback;
    @Autowired CertificateService certificates;
    @Autowired WorkflowService workflow;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_applicant_reads_no_experts_name_anywhere_from_submission_to_approval() throws IOException {
        Round round = roundFixtures.round(PROGRAMME, 2058, null);
        SignIn.as("office", Roles.OFFICE);
        for (String cityCode : List.of("370200", "370600", "370700", "371000")) { // 青岛市, 烟台市, 潍坊市, 威海市
            reviewFixtures.expertInPool("质量专家（" + cityCode + "）", cityCode, cityCode + "质量协会", Family.QUALITY_AWARD);
        }
        String applicant = organisationFixtures.applicantWithOrganisation("泰安卓越绩效制造有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("卓越绩效"));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        List<String> drawn = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT));

        SignIn.as(drawn.get(0), Roles.EXPERT);
        draws.declare(id);
        SignIn.as(drawn.get(1), Roles.EXPERT);
        draws.decline(id, "曾为该企业提供咨询服务");
        SignIn.out();
        management.executeJob(answerDeadlineOf(id, drawn.get(2)));
        SignIn.as("office", Roles.OFFICE);
        workload.remind(expertIdOf(drawn.get(3)));
        ReviewFixtures.noExpertLeft(jdbc, id, ReviewStage.DOCUMENT);
        SignIn.as(drawn.get(3), Roles.EXPERT);
        draws.decline(id, "时间冲突");
        SignIn.as("office", Roles.OFFICE);
        assertThat(workload.emptySeats()).as("the seat stays empty").anyMatch(seat -> seat.applicationId() == id);
        assertThat(draws.draws(id)).as("the panel, the decline's and the silent expert's replacements").hasSize(3);

        List<String> panel = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT));
        assertThat(panel).hasSize(4);
        reviewFixtures.reviewedByExperts(id, 550, 700, 800, 950);
        SignIn.as("office", Roles.OFFICE);
        reviews.openConsensus(workflowFixtures.task(id, "OpenConsensus"), id);
        for (String expert : panel) {
            SignIn.as(expert, Roles.EXPERT);
            reviews.revise(id, Map.of(), null);
        }
        SignIn.as("office", Roles.OFFICE);
        assertThat(rankings.selectForSiteReview(round.getId())).containsExactly(id);
        reviewFixtures.scoredOnSite(id, 850);
        SignIn.as("office", Roles.OFFICE);
        publicationFixtures.decideRound(round, List.of(id));
        assertThat(applications.byIdUnchecked(id).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        feedback.release(round.getId());

        Set<String> names = namesOfTheExpertsOf(id);
        // The demo expert's account is named after its role (评审专家), which names nobody: the timeline shows the role.
        names.remove(UI.getCurrent().getTranslation("role." + Roles.EXPERT));
        assertThat(names).as("seven experts of the document review at least, by username and names").hasSizeGreaterThanOrEqualTo(7);

        login(applicant, Roles.APPLICANT);
        List<TimelineEntry> timeline = applications.timeline(id);
        assertThat(timeline).extracting(TimelineEntry::action).contains("SUBMITTED", "ELIGIBILITY_PASSED", "SCORED", "CONSENSUS_OPENED",
                "SITE_REVIEW_SELECTED", "SITE_SCORED", "LIST_APPROVED");
        assertThat(timeline).extracting(TimelineEntry::role).allSatisfy(role -> assertThat(role).isIn(null, Roles.APPLICANT,
                Roles.RECOMMENDER, Roles.OFFICE, Roles.EXPERT));
        assertThat(timeline).allSatisfy(entry -> assertThat(Arrays.asList(entry.action(), entry.role(), entry.detail()))
                .filteredOn(Objects::nonNull).allSatisfy(text -> assertNoExpertNamed(text, names)));

        UI.getCurrent().navigate("applications/" + id);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("timeline"));
        List<String> roles = Arrays.stream(Roles.ALL).map(role -> UI.getCurrent().getTranslation("role." + role)).collect(Collectors.toList());
        roles.add(UI.getCurrent().getTranslation("timeline.system"));
        List<List<String>> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row)).toList();
        assertThat(rows).hasSize(timeline.size()).allSatisfy(row -> {
            // when, step, by, detail; "by" is a role's name (评审专家 for any expert), which some accounts carry as their own
            assertThat(row.get(1)).as("every step has its text").doesNotStartWith("!");
            assertThat(row.get(2)).isIn(roles);
            assertNoExpertNamed(row.get(1) + row.get(3), names);
        });
        assertNoExpertNamed(FeedbackReportIT.text(feedback.pdf(id)), names);
        assertNoExpertNamed(FeedbackReportIT.text(certificates.pdf(id)), names);
    }

    private static void assertNoExpertNamed(String text, Set<String> names) {
        String compact = text.replaceAll("\\s+", "");
        assertThat(names).allSatisfy(name -> assertThat(compact).doesNotContain(name.replaceAll("\\s+", "")));
    }

    /**
     * Every expert who took part in the application's review in any way — drawn, declined, replaced, silent, on the
     * site team — by username, name in the pool and account name; not the fixture's pool-wide declines.
     */
    private Set<String> namesOfTheExpertsOf(long id) {
        List<String> names = new ArrayList<>();
        jdbc.query("""
                select e.username, e.name, u.display_name from expert_assignment a join expert e on e.id = a.expert_id
                left join app_user u on u.username = e.username
                where a.application_id = ? and a.decline_reason is distinct from ?""", row -> {
            names.add(row.getString(1));
            names.add(row.getString(2));
            names.add(row.getString(3));
        }, id, ReviewFixtures.FIXTURE);
        return names.stream().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    }

    private String answerDeadlineOf(long id, String expert) {
        String review = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id))
                .processDefinitionKey("expert-review").variableValueEquals("expert", expert).singleResult().getId();
        return management.createJobQuery().processInstanceId(review).timers().singleResult().getId();
    }

    private long expertIdOf(String username) {
        return jdbc.queryForObject("select id from expert where username = ?", Long.class, username);
    }
}
