package org.brandaward.review;

import org.brandaward.publication.PublicationService;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeSetting;
import org.brandaward.programme.ProgrammeSettings;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.brandaward.workflow.WorkflowService;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last experts of a panel answering at the same moment: the review closes exactly once, whichever transaction
 * commits first — never twice, and never stranded in expert review with nobody left to close it. The programme is
 * the test-only one, recommended by the city alone, so each application reaches its experts in few steps; the
 * submission race runs on panels of two (a setting, restored after), whose two sheets are the last two.
 */
@IntegrationTest
class ReviewCompletionRaceIT {

    private static final String PROGRAMME = "qh-geographical-indication";
    private static final int APPLICATIONS = 50;
    private static final int DECLINE_RACES = 10;
    private static final int CONSENSUS_RACES = 5;

    /** Two threads, each signed in as its own expert; the barrier lets them start their transactions together. */
    private static ExecutorService threads;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired ExpertDrawService draws;
    @Autowired ReviewService reviews;
    @Autowired WorkflowService workflow;
    @Autowired HistoryService history;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProgrammeSettings settings;

    private Round round;
    private String applicant;

    @BeforeAll
    static void startThreads() {
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopThreads() {
        threads.shutdownNow();
    }

    @BeforeEach
    void roundAndApplicant() {
        round = roundFixtures.round(PROGRAMME, 2057, null);
        applicant = organisationFixtures.applicantWithOrganisation("并发评审测试有限公司");
    }

    @AfterEach
    void restorePanelSize() {
        SignIn.as("office", Roles.OFFICE);
        settings.change(PROGRAMME, Map.of(ProgrammeSetting.EXPERTS_PER_APPLICATION, 5));
        SignIn.out();
    }

    @Test
    void the_last_two_experts_submitting_at_once_close_the_review_exactly_once() {
        SignIn.as("office", Roles.OFFICE);
        settings.change(PROGRAMME, Map.of(ProgrammeSetting.EXPERTS_PER_APPLICATION, 2));
        List<Long> ids = new ArrayList<>();
        Map<Long, List<Answer>> lastTwo = new LinkedHashMap<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            long id = inExpertReview("并发苹果" + i);
            List<String> panel = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT));
            submitAll(id, panel.subList(0, panel.size() - 2));
            lastTwo.put(id, panel.subList(panel.size() - 2, panel.size()).stream().map(expert -> submission(id, expert)).toList());
            ids.add(id);
        }

        lastTwo.values().forEach(this::atOnce);

        assertThat(ids.stream().collect(Collectors.toMap(id -> id, this::outcome)))
                .as("every application moved on once, none stranded")
                .allSatisfy((id, outcome) -> assertThat(outcome).isEqualTo(MOVED_ON_ONCE));
    }

    @Test
    void a_decline_with_no_replacement_left_racing_the_last_sheet_closes_the_review_exactly_once() {
        List<Long> ids = new ArrayList<>();
        Map<Long, List<Answer>> lastTwo = new LinkedHashMap<>();
        for (int i = 0; i < DECLINE_RACES; i++) {
            long id = inExpertReview("并发谢绝" + i);
            noOneLeftInThePool(id);
            List<String> panel = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT));
            submitAll(id, panel.subList(0, panel.size() - 2));
            String decliner = panel.get(panel.size() - 1);
            lastTwo.put(id, List.of(submission(id, panel.get(panel.size() - 2)),
                    new Answer(decliner, () -> draws.decline(id, "临时出差，无法参加"))));
            ids.add(id);
        }

        lastTwo.values().forEach(this::atOnce);

        assertThat(ids.stream().collect(Collectors.toMap(id -> id, this::outcome)))
                .allSatisfy((id, outcome) -> assertThat(outcome).isEqualTo(MOVED_ON_ONCE));
        assertThat(ids).allSatisfy(id -> assertThat(SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT))).hasSize(4));
    }

    @Test
    void the_last_two_consensus_answers_at_once_both_count_and_the_process_moves_on_once() {
        List<Long> ids = new ArrayList<>();
        Map<Long, List<Answer>> lastTwo = new LinkedHashMap<>();
        for (int i = 0; i < CONSENSUS_RACES; i++) {
            long id = inExpertReview("并发合议" + i);
            reviewFixtures.reviewedByExperts(id, 60, 70, 75, 80, 95);
            SignIn.as("office", Roles.OFFICE);
            reviews.openConsensus(workflowFixtures.task(id, "OpenConsensus"), id);
            List<String> panel = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT));
            for (String expert : panel.subList(0, 3)) {
                SignIn.as(expert, Roles.EXPERT);
                reviews.revise(id, Map.of(), null);
            }
            lastTwo.put(id, panel.subList(3, 5).stream().map(expert -> new Answer(expert, () -> reviews.revise(id, Map.of(), null))).toList());
            ids.add(id);
        }
        SignIn.out();

        lastTwo.values().forEach(this::atOnce);

        assertThat(ids).allSatisfy(id -> {
            assertThat(SignIn.asEngine(() -> workflow.waitsAt(id, PublicationService.AWAIT_OUTCOME))).isTrue();
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_event e join score_sheet s on e.entity_type = 'SCORE_SHEET' and e.entity_id = s.id
                    where s.application_id = ? and e.action = 'CONFIRMED'""", Integer.class, id)).as("five answers kept").isEqualTo(5);
        });
    }

    private static final String MOVED_ON_ONCE = "SCORED, 1 SCORED record, expert review left 1 time, awaits the round's outcome: true, open tasks []";

    /** Where the application stands after its review should have closed, in one line a failure can print. */
    private String outcome(long id) {
        SignIn.as("office", Roles.OFFICE);
        ApplicationStatus status = applications.byIdUnchecked(id).getStatus();
        Integer scoredRecords = jdbc.queryForObject(
                "select count(*) from audit_event where entity_type = 'APPLICATION' and entity_id = ? and action = 'SCORED'", Integer.class, id);
        // the wait for the experts' scores is in the expert review the application's process calls
        long left = history.createHistoricProcessInstanceQuery().superProcessInstanceId(applications.byIdUnchecked(id).getProcessInstanceId())
                .processDefinitionKey("expert-panel-review").list().stream()
                .mapToLong(review -> history.createHistoricActivityInstanceQuery().processInstanceId(review.getId())
                        .activityId("AwaitExpertScores").finished().count())
                .sum();
        return status + ", " + scoredRecords + " SCORED record, expert review left " + left + " time, awaits the round's outcome: "
                + SignIn.asEngine(() -> workflow.waitsAt(id, PublicationService.AWAIT_OUTCOME)) + ", open tasks " + SignIn.asEngine(() -> workflow.openTaskKeys(id));
    }

    /** What one expert does in the race, signed in as them. */
    private record Answer(String expert, Runnable action) {
    }

    /** Runs both answers in two threads released together; both must succeed. */
    private void atOnce(List<Answer> answers) {
        CyclicBarrier start = new CyclicBarrier(answers.size());
        List<Future<?>> running = answers.stream().<Future<?>>map(answer -> threads.submit(() -> {
            SignIn.as(answer.expert(), Roles.EXPERT);
            try {
                start.await(10, TimeUnit.SECONDS);
                answer.action().run();
            } finally {
                SignIn.out();
            }
            return null;
        })).toList();
        for (Future<?> answer : running) {
            try {
                answer.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("an answer given at the same moment as another failed", e);
            }
        }
    }

    /** The expert's submission of a full sheet, prepared now (declared, task found) and run later. */
    private Answer submission(long id, String expert) {
        SignIn.as(expert, Roles.EXPERT);
        draws.declare(id);
        String task = workflowFixtures.task(id, "ScoreApplication");
        List<ReviewService.ItemEntry> sheet = ReviewFixtures.sheetTotalling(reviews.rubricOf(id), 80);
        SignIn.out();
        return new Answer(expert, () -> reviews.submit(task, id, ReviewStage.DOCUMENT, sheet));
    }

    private void submitAll(long id, List<String> experts) {
        for (String expert : experts) {
            Answer submission = submission(id, expert);
            SignIn.as(expert, Roles.EXPERT);
            submission.action().run();
        }
        SignIn.out();
    }

    private void noOneLeftInThePool(long id) {
        ReviewFixtures.noExpertLeft(jdbc, id, ReviewStage.DOCUMENT);
        SignIn.as("office", Roles.OFFICE);
        assertThat(draws.candidates(applications.byIdUnchecked(id), ReviewStage.DOCUMENT).eligible()).isEmpty();
        SignIn.out();
    }

    private long inExpertReview(String product) {
        SignIn.as(applicant, Roles.APPLICANT);
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm(product));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        SignIn.out();
        return id;
    }
}
