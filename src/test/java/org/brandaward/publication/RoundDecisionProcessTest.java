package org.brandaward.publication;

import org.brandaward.workflow.ProcessTestEngine;
import org.brandaward.workflow.ProcessVariables;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * The round's back half, {@code round-decision}, on a process engine of its own: the committee and the public notice
 * are test doubles (see {@link PublicationTestDoubles}), PublishList is mocked. The variables cross the called
 * processes as the contract says: roundId in, candidateIds and tiers out of the committee, candidateIds through the
 * notice (which may remove a candidate), and all of them at the office's ApproveList task.
 */
@Deployment(resources = "bpmn/round-decision.bpmn")
class RoundDecisionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final long ROUND_ID = 7L;
    final List<Long> published = new ArrayList<>();
    String doubles;

    @BeforeEach
    void deployDoubles() {
        init(engine.getProcessEngine());
        doubles = PublicationTestDoubles.deploy(repositoryService());
        Mocks.register("publishListDelegate", (JavaDelegate) execution ->
                published.add((Long) execution.getVariable(ProcessVariables.ROUND_ID)));
    }

    @AfterEach
    void removeDoubles() {
        Mocks.reset();
        PublicationTestDoubles.remove(repositoryService(), doubles);
    }

    @Test
    void committee_then_notice_then_the_office_approves_and_the_list_is_published() {
        ProcessInstance decision = runtimeService().startProcessInstanceByKey(PublicationService.PROCESS, ProcessVariables.roundBusinessKey(ROUND_ID),
                Map.of(ProcessVariables.ROUND_ID, ROUND_ID));
        assertThat(decision).isWaitingAt("Committee");
        Task committee = PublicationTestDoubles.open(taskService(), ROUND_ID, PublicationTestDoubles.COMMITTEE_TASK);
        assertThat(taskService().getVariables(committee.getId())).as("the committee gets the round").containsEntry("roundId", ROUND_ID);

        PublicationTestDoubles.committeeDecides(taskService(), ROUND_ID, "12,15,19", "12=AWARD,15=AWARD,19=NOMINATION");
        assertThat(decision).isWaitingAt("PublicNotice");
        Task notice = PublicationTestDoubles.open(taskService(), ROUND_ID, PublicationTestDoubles.NOTICE_TASK);
        assertThat(taskService().getVariables(notice.getId())).as("the notice is provincial, of the committee's candidates")
                .containsEntry("roundId", ROUND_ID).containsEntry("noticeScope", "PROVINCE").containsEntry("candidateIds", "12,15,19");

        PublicationTestDoubles.noticeCloses(taskService(), ROUND_ID, "12,19"); // an objection upheld against 15
        assertThat(decision).isWaitingAt(PublicationService.APPROVE_TASK);
        Task approval = taskService().createTaskQuery().processInstanceId(decision.getId()).singleResult();
        assertThat(approval.getTaskDefinitionKey()).isEqualTo(PublicationService.APPROVE_TASK);
        assertThat(taskService().getIdentityLinksForTask(approval.getId())).singleElement()
                .satisfies(link -> assertThat(link.getGroupId()).isEqualTo("OFFICE"));
        assertThat(taskService().getVariables(approval.getId()))
                .containsEntry(ProcessVariables.CANDIDATE_IDS, "12,19")
                .containsEntry(ProcessVariables.TIERS, "12=AWARD,15=AWARD,19=NOMINATION");
        assertThat(published).isEmpty();

        taskService().complete(approval.getId());
        assertThat(published).containsExactly(ROUND_ID);
        assertThat(decision).isEnded().hasPassed("PublishList", "Published");
    }
}
