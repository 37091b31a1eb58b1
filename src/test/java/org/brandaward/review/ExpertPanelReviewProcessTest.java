package org.brandaward.review;

import org.brandaward.workflow.ProcessTestEngine;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkingDayTimers;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The path of the expert panel review (专家评审), the one process every programme's model calls, with its delegates
 * mocked: no Spring, an engine of its own on the embedded PostgreSQL. The messages and task keys are the code's own
 * constants, so the model and the code that drives it cannot drift apart unnoticed.
 */
@Deployment(resources = "bpmn/expert-panel-review.bpmn")
class ExpertPanelReviewProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final String PROCESS = "expert-panel-review";
    static final long APPLICATION_ID = 42L;
    /** The business key of the application's processes, the called one included: the application id. */
    static final String KEY = Long.toString(APPLICATION_ID);
    static final int SCORING_WORKING_DAYS = 7;
    static final Date CONSENSUS_DUE = Date.from(Instant.parse("2026-03-12T16:00:00Z"));

    /** What the mocked delegates did, in order. */
    final List<String> calls = new ArrayList<>();
    /** What the mocked aggregation finds: the spread too wide, and whether the programme holds site reviews. */
    boolean spreadTooWide;
    boolean programmeHasSiteReview;

    @BeforeEach
    void mockDelegates() {
        init(engine.getProcessEngine());
        Mocks.register("drawExpertsDelegate", (JavaDelegate) execution ->
                calls.add("draw experts for " + execution.getVariable(ProcessVariables.APPLICATION_ID)));
        Mocks.register("aggregateScoresDelegate", (JavaDelegate) execution -> {
            calls.add("aggregate scores of " + execution.getVariable(ProcessVariables.APPLICATION_ID));
            execution.setVariable(ProcessVariables.CONSENSUS_NEEDED, spreadTooWide);
            execution.setVariable(ProcessVariables.SCORING_WORKING_DAYS, SCORING_WORKING_DAYS);
            execution.setVariable(ProcessVariables.SITE_REVIEW, programmeHasSiteReview);
        });
        Mocks.register("drawSiteTeamDelegate", (JavaDelegate) execution ->
                calls.add("draw site team for " + execution.getVariable(ProcessVariables.APPLICATION_ID)));
        WorkingDayTimers workingDays = mock(WorkingDayTimers.class);
        when(workingDays.dueAfter(SCORING_WORKING_DAYS)).thenReturn(CONSENSUS_DUE);
        Mocks.register("workingDays", workingDays);
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void scores_close_to_each_other_without_site_reviews_close_the_review_after_the_aggregation() {
        ProcessInstance review = startReview();
        assertThat(review).isWaitingAt("AwaitExpertScores");
        assertThat(calls).containsExactly("draw experts for 42");

        correlate(ExpertDrawService.SCORES_COMPLETE, Map.of());

        assertThat(review).isEnded().hasPassedInOrder("DrawExperts", "AwaitExpertScores", "AggregateScores", "ReviewClosed")
                .hasNotPassed(ReviewService.OPEN_CONSENSUS_TASK, ReviewService.CONSENSUS_TASK, RankingService.AWAIT_SITE_SELECTION);
        assertThat(calls).containsExactly("draw experts for 42", "aggregate scores of 42");
    }

    @Test
    void a_spread_too_wide_opens_a_consensus_one_task_per_expert_due_after_the_scoring_working_days() {
        spreadTooWide = true;
        ProcessInstance review = startReview();
        correlate(ExpertDrawService.SCORES_COMPLETE, Map.of());

        assertThat(review).isWaitingAt(ReviewService.OPEN_CONSENSUS_TASK);
        assertThat(task()).hasCandidateGroup("OFFICE").hasFormKey("tasks/consensus-open");
        complete(task(), withVariables(ProcessVariables.CONSENSUS_EXPERTS, List.of("expert-a", "expert-b", "expert-c")));

        List<Task> consensus = taskQuery().taskDefinitionKey(ReviewService.CONSENSUS_TASK).list();
        assertThat(consensus).extracting(Task::getAssignee).containsExactlyInAnyOrder("expert-a", "expert-b", "expert-c");
        assertThat(consensus).extracting(Task::getDueDate).containsOnly(CONSENSUS_DUE);
        consensus.subList(0, 2).forEach(t -> complete(t));
        assertThat(review).as("the discussion waits for every expert").isWaitingAt(ReviewService.CONSENSUS_TASK);
        complete(consensus.get(2));

        assertThat(review).isEnded().hasPassed(ReviewService.CONSENSUS_TASK).hasNotPassed(RankingService.AWAIT_SITE_SELECTION);
    }

    @Test
    void with_site_reviews_the_review_waits_for_the_site_selection_and_an_application_not_selected_closes() {
        programmeHasSiteReview = true;
        ProcessInstance review = startReview();
        correlate(ExpertDrawService.SCORES_COMPLETE, Map.of());

        assertThat(review).isWaitingAt(RankingService.AWAIT_SITE_SELECTION);
        correlate(RankingService.SITE_SELECTION_MESSAGE, Map.of(ProcessVariables.SELECTED_FOR_SITE, false));

        assertThat(review).isEnded().hasNotPassed("DrawSiteTeam");
        assertThat(calls).doesNotContain("draw site team for 42");
    }

    @Test
    void an_application_selected_for_the_site_review_waits_for_its_site_team_after_a_consensus() {
        spreadTooWide = true;
        programmeHasSiteReview = true;
        ProcessInstance review = startReview();
        correlate(ExpertDrawService.SCORES_COMPLETE, Map.of());
        assertThat(review).isWaitingAt(ReviewService.OPEN_CONSENSUS_TASK);
        complete(task(), withVariables(ProcessVariables.CONSENSUS_EXPERTS, List.of("expert-a")));
        assertThat(review).isWaitingAt(ReviewService.CONSENSUS_TASK);
        complete(task());

        assertThat(review).isWaitingAt(RankingService.AWAIT_SITE_SELECTION);
        correlate(RankingService.SITE_SELECTION_MESSAGE, Map.of(ProcessVariables.SELECTED_FOR_SITE, true));
        assertThat(review).isWaitingAt("AwaitSiteScores");
        assertThat(calls).endsWith("draw site team for 42");

        correlate(ExpertDrawService.SITE_SCORES_COMPLETE, Map.of());
        assertThat(review).isEnded().hasPassedInOrder(ReviewService.CONSENSUS_TASK, RankingService.AWAIT_SITE_SELECTION,
                "DrawSiteTeam", "AwaitSiteScores", "ReviewClosed");
    }

    /**
     * Each programme's model calls the review with the application's business key and its id only, the code's
     * messages reach the review although the caller has the same business key, and the caller goes on to
     * its round's outcome without the review's routing flags.
     */
    @ParameterizedTest
    @ValueSource(strings = {"quality-award", "brand-recognition", "time-honoured-brand"})
    @Deployment(resources = {"bpmn/expert-panel-review.bpmn", "bpmn/quality-award.bpmn", "bpmn/brand-recognition.bpmn",
            "bpmn/time-honoured-brand.bpmn", "bpmn/round-outcome.bpmn"})
    void every_programme_model_calls_the_one_review_with_its_business_key_and_goes_on_to_its_rounds_outcome(String model) {
        programmeHasSiteReview = true;
        ProcessInstance application = runtimeService().createProcessInstanceByKey(model).businessKey(KEY)
                .setVariables(Map.of(ProcessVariables.APPLICATION_ID, APPLICATION_ID, ProcessVariables.CITY_GROUP, "CITY:济南市",
                        ProcessVariables.COUNTY_LEVEL, true, ProcessVariables.CERTIFIES, true))
                .startBeforeActivity("ExpertPanelReview").execute();

        assertThat(application).isWaitingAt("ExpertPanelReview");
        ProcessInstance review = calledProcessInstance(PROCESS, application);
        assertThat(review).hasBusinessKey(KEY).isWaitingAt("AwaitExpertScores");
        assertThat(runtimeService().getVariables(review.getId())).as("ids in, nothing else").containsOnlyKeys(ProcessVariables.APPLICATION_ID);

        correlate(ExpertDrawService.SCORES_COMPLETE, Map.of());
        assertThat(runtimeService().createExecutionQuery().processInstanceBusinessKey(KEY)
                .activityId(RankingService.AWAIT_SITE_SELECTION).count()).as("waitsAt by business key").isOne();
        correlate(RankingService.SITE_SELECTION_MESSAGE, Map.of(ProcessVariables.SELECTED_FOR_SITE, false));

        assertThat(review).isEnded();
        assertThat(application).isWaitingAt("RoundOutcome");
        assertThat(calledProcessInstance("round-outcome", application)).hasBusinessKey(KEY).isWaitingAt("AwaitRoundOutcome");
        assertThat(taskQuery().processInstanceBusinessKey(KEY).list()).as("no one's task: the round decides").isEmpty();
        assertThat(runtimeService().getVariables(application.getId())).doesNotContainKeys(ProcessVariables.CONSENSUS_NEEDED,
                ProcessVariables.SITE_REVIEW, ProcessVariables.SELECTED_FOR_SITE, ProcessVariables.SCORING_WORKING_DAYS);
    }

    private ProcessInstance startReview() {
        return runtimeService().startProcessInstanceByKey(PROCESS, KEY, Map.of(ProcessVariables.APPLICATION_ID, APPLICATION_ID));
    }

    /** As {@code WorkflowService.correlate}: by the application's business key, to exactly one waiting execution. */
    private static void correlate(String message, Map<String, Object> flags) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(KEY).setVariables(flags).correlate();
    }
}
