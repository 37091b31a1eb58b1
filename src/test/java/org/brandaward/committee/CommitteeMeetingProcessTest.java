package org.brandaward.committee;

import org.brandaward.security.Roles;
import org.brandaward.workflow.ProcessTestEngine;
import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee-meeting process on an engine of its own: called as round-decision calls it, one office task with the
 * form key of the office's view, and the sign-off's candidateIds and tiers handed back to the caller.
 */
@Deployment(resources = {"bpmn/committee-meeting.bpmn", "committee/committee-caller.bpmn"})
class CommitteeMeetingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    @Test
    void theOfficeTaskEndsTheMeetingAndTheCallerReadsTheResult() {
        ProcessEngine processes = engine.getProcessEngine();
        ProcessInstance caller = processes.getRuntimeService().startProcessInstanceByKey("committee-caller-test", "round-77",
                Map.of(ProcessVariables.ROUND_ID, 77L));

        Task task = processes.getTaskService().createTaskQuery().processInstanceBusinessKey("round-77").initializeFormKeys().singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(CommitteeService.MEETING_TASK);
        assertThat(task.getFormKey()).isEqualTo("tasks/committee");
        assertThat(processes.getTaskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && Roles.OFFICE.equals(link.getGroupId()));
        assertThat(processes.getTaskService().getVariable(task.getId(), ProcessVariables.ROUND_ID)).isEqualTo(77L);
        assertThat(processes.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CommitteeService.PROCESS)
                .processInstanceBusinessKey("round-77").count()).isEqualTo(1);

        processes.getTaskService().complete(task.getId(), Map.of(CommitteeService.CANDIDATE_IDS, "12,15",
                CommitteeService.TIERS, "12=AWARD,15=NOMINATION"));

        assertThat(processes.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CommitteeService.PROCESS).count()).isZero();
        assertThat(processes.getRuntimeService().createExecutionQuery().processInstanceId(caller.getId()).activityId("AfterCommittee").count())
                .isEqualTo(1);
        assertThat(processes.getRuntimeService().getVariables(caller.getId()))
                .containsEntry(CommitteeService.CANDIDATE_IDS, "12,15")
                .containsEntry(CommitteeService.TIERS, "12=AWARD,15=NOMINATION");
    }

    @Test
    void noCandidatePassedIsAnEmptyList() {
        ProcessEngine processes = engine.getProcessEngine();
        ProcessInstance caller = processes.getRuntimeService().startProcessInstanceByKey("committee-caller-test", "round-78",
                Map.of(ProcessVariables.ROUND_ID, 78L));
        Task task = processes.getTaskService().createTaskQuery().processInstanceBusinessKey("round-78").singleResult();

        processes.getTaskService().complete(task.getId(), Map.of(CommitteeService.CANDIDATE_IDS, "", CommitteeService.TIERS, ""));

        assertThat(processes.getRuntimeService().getVariables(caller.getId()))
                .containsEntry(CommitteeService.CANDIDATE_IDS, "").containsEntry(CommitteeService.TIERS, "");
    }
}
