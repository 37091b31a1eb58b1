package org.brandaward.review;

import org.brandaward.publication.PublicationService;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.programme.Round;
import org.brandaward.review.ReviewService.ItemEntry;
import org.brandaward.security.Roles;
import org.brandaward.workflow.WorkflowService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Experts score 山东名牌产品 item by item: drafts, formula items, locking, visibility and the consensus discussion. */
@IntegrationTest
class ScoringIT {
    @Autowired RoundFixtures roundFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired ExpertDrawService draws;
    @Autowired ReviewService reviews;
    @Autowired WorkflowService workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;

    private Round round;

    @BeforeEach
    void round() {
        round = roundFixtures.round("sd-famous-product", 2047, null);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_expert_scores_item_by_item_with_drafts_and_the_submitted_sheet_is_locked() {
        long id = inExpertReview("烟台苹果");
        String expert = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT)).get(0);
        SignIn.as(expert, Roles.EXPERT);
        assertThatThrownBy(() -> reviews.ownSheet(id, ReviewStage.DOCUMENT)).as("not before declaring").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.formulaScores(id)).isInstanceOf(AccessDeniedException.class);
        draws.declare(id);

        // The round of 2047 asks for the figures of 2044-2046: sales 337,500,014.50 and 352,500,015.50 (2044, 2046),
        // profit 9,000,000, tax 4,000,000, R&D 3,600,000, market share 12.5 % each year.
        // market share 12.5 / 20 x 15 = 9.4 -> 9; growth sqrt(352.5 / 337.5) - 1 = 2.20 % / 15 x 10 = 1.5 -> 1;
        // profit 2.55 % / 15 x 8 = 1.4 -> 1; tax 1.13 % / 8 x 7 = 0.99 -> 1; R&D 1.02 % / 5 x 10 = 2.04 -> 2.
        assertThat(reviews.formulaScores(id)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "market.share", 9, "market.growth", 1, "benefit.profit", 1, "benefit.tax", 1, "development.rd", 2));

        reviews.saveDraft(id, ReviewStage.DOCUMENT, List.of(
                new ItemEntry("quality.spotChecks", 8, null, "近三年国家和省级监督抽查全部合格", null),
                new ItemEntry("quality.standards", null, null, null, null)));
        assertRefused(() -> reviews.saveDraft(id, ReviewStage.DOCUMENT, List.of(new ItemEntry("quality.spotChecks", 11, null, null, null))),
                "rubric.pointsRange", "quality.spotChecks", 10);
        assertRefused(() -> reviews.saveDraft(id, ReviewStage.DOCUMENT, List.of(new ItemEntry("quality.standards", null, null, "领跑者标准", null))),
                "review.itemScoreMissing", "quality.standards");
        assertRefused(() -> reviews.saveDraft(id, ReviewStage.DOCUMENT, List.of(new ItemEntry("market.share", 12, " ", null, null))),
                "review.adjustReasonRequired", "market.share", 9);
        ScoreSheet draft = reviews.ownSheet(id, ReviewStage.DOCUMENT).orElseThrow();
        assertThat(draft.isSubmitted()).isFalse();
        assertThat(draft.item("quality.spotChecks")).hasValueSatisfying(s -> {
            assertThat(s.getGiven()).as("a refused draft changes nothing").isEqualTo(8);
            assertThat(s.getStrengths()).isEqualTo("近三年国家和省级监督抽查全部合格");
        });

        reviews.saveDraft(id, ReviewStage.DOCUMENT, List.of(new ItemEntry("market.share", 12, "省外市场份额经第三方报告核实", null, null)));
        assertThat(reviews.ownSheet(id, ReviewStage.DOCUMENT).orElseThrow().item("market.share")).hasValueSatisfying(s -> {
            assertThat(s.getFormula()).isEqualTo(9);
            assertThat(s.getAdjustReason()).isEqualTo("省外市场份额经第三方报告核实");
        });
        String taskId = workflowFixtures.task(id, "ScoreApplication");
        assertRefused(() -> reviews.submit(taskId, id, ReviewStage.DOCUMENT, List.of(new ItemEntry("market.share", 9, null, null, null))),
                "review.itemsMissing", 9L);

        Rubric rubric = reviews.rubricOf(id);
        ScoreSheet submitted = reviews.submit(taskId, id, ReviewStage.DOCUMENT, ReviewFixtures.sheetTotalling(rubric, 80));
        assertThat(submitted.total(rubric)).isEqualByComparingTo("80");
        assertRefused(() -> reviews.saveDraft(id, ReviewStage.DOCUMENT, List.of(new ItemEntry("market.share", 9, null, null, null))),
                "review.sheetLocked");
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'SCORE_SHEET' and entity_id = ? order by id",
                String.class, submitted.getId())).containsExactly("DRAFT_SAVED", "DRAFT_SAVED", "SUBMITTED");
    }

    @Test
    void an_expert_reads_neither_an_unassigned_application_nor_other_sheets_outside_a_consensus() {
        long id = inExpertReview("莱阳梨");
        String outsider = expertOutsideThePanel();
        SignIn.as(outsider, Roles.EXPERT);
        assertThatThrownBy(() -> applications.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.ownSheet(id, ReviewStage.DOCUMENT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.saveDraft(id, ReviewStage.DOCUMENT, List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.consensusSheets(id)).isInstanceOf(AccessDeniedException.class);

        List<String> panel = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT));
        SignIn.as(panel.get(0), Roles.EXPERT);
        draws.declare(id);
        reviews.submit(workflowFixtures.task(id, "ScoreApplication"), id, ReviewStage.DOCUMENT, ReviewFixtures.sheetTotalling(reviews.rubricOf(id), 70));
        SignIn.as(panel.get(1), Roles.EXPERT);
        draws.declare(id);
        assertThatThrownBy(() -> reviews.consensusSheets(id)).as("not before submitting").isInstanceOf(AccessDeniedException.class);
        SignIn.as(panel.get(0), Roles.EXPERT);
        assertThatThrownBy(() -> reviews.consensusSheets(id)).as("submitted, but no consensus open").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.sheetsOf(id, ReviewStage.DOCUMENT)).as("the office's view").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_flagged_application_goes_to_a_consensus_where_revisions_keep_the_original() {
        long id = inExpertReview("青岛啤酒花");
        reviewFixtures.reviewedByExperts(id, 60, 70, 75, 80, 95);
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).as("spread 35 > 20 % of 100").containsExactly("OpenConsensus");
        List<String> panel = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT));
        SignIn.as(panel.get(4), Roles.EXPERT);
        assertThatThrownBy(() -> reviews.consensusSheets(id)).as("until the office opens it").isInstanceOf(AccessDeniedException.class);

        SignIn.as("office", Roles.OFFICE);
        reviews.openConsensus(workflowFixtures.task(id, "OpenConsensus"), id);
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).hasSize(5).containsOnly("Consensus");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(id)).taskDefinitionKey("Consensus").list())
                .as("due like scoring, so the workload page shows who is late").allSatisfy(t -> assertThat(t.getDueDate()).isNotNull());

        SignIn.as(panel.get(4), Roles.EXPERT);
        Rubric rubric = reviews.rubricOf(id);
        assertThat(reviews.consensusSheets(id)).extracting(s -> s.total(rubric).intValue()).containsExactlyInAnyOrder(60, 70, 75, 80, 95);
        Map<String, Integer> to80 = ReviewFixtures.sheetTotalling(rubric, 80).stream().collect(Collectors.toMap(ItemEntry::itemId, ItemEntry::given));
        assertRefused(() -> reviews.revise(id, to80, " "), "review.revisionReasonRequired");
        reviews.revise(id, to80, "合议后认可顾客满意度测评样本偏小");
        for (String expert : panel.subList(0, 4)) {
            SignIn.as(expert, Roles.EXPERT);
            reviews.revise(id, Map.of(), null);
        }
        assertThat(SignIn.asEngine(() -> workflow.waitsAt(id, PublicationService.AWAIT_OUTCOME))).isTrue();

        SignIn.as("office", Roles.OFFICE);
        ScoreSheet revised = reviews.sheetsOf(id, ReviewStage.DOCUMENT).stream().filter(s -> s.getExpert().equals(panel.get(4))).findFirst().orElseThrow();
        assertThat(revised.total(rubric, false)).as("original kept").isEqualByComparingTo("95");
        assertThat(revised.total(rubric)).isEqualByComparingTo("80");
        assertThat(revised.item("satisfaction.survey")).hasValueSatisfying(s ->
                assertThat(s.getRevisionReason()).isEqualTo("合议后认可顾客满意度测评样本偏小"));
        // Revised totals 60, 70, 75, 80, 80: 60 and one 80 dropped, (70 + 75 + 80) / 3 = 75.00; spread 20 is not above 20.
        Aggregation aggregate = reviews.aggregationOf(id, ReviewStage.DOCUMENT).orElseThrow();
        assertThat(aggregate.mean()).isEqualByComparingTo("75.00");
        assertThat(aggregate.flagged()).isFalse();
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'SCORE_SHEET' and entity_id = ?",
                String.class, revised.getId())).contains("SUBMITTED", "REVISED");
    }

    private long inExpertReview(String product) {
        organisationFixtures.applicantWithOrganisation(product + "有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm(product));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        return id;
    }

    /** A famous-brand expert added to the pool after the panel was drawn. */
    private String expertOutsideThePanel() {
        SignIn.as("office", Roles.OFFICE);
        return reviewFixtures.expertInPool("周教授", "371000", "山东大学", Family.FAMOUS_BRAND).getUsername();
    }

    private static void assertRefused(Runnable action, String key, Object... arguments) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getArguments()).containsExactly(arguments);
        });
    }
}
