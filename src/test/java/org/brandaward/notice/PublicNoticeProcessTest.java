package org.brandaward.notice;

import org.brandaward.workflow.ProcessTestEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

/**
 * The path of the public notice with its delegates mocked: open, the period's timer, the wait while objections are
 * undecided, the close with the candidates left. The message name is the code's own constant.
 */
@Deployment(resources = "bpmn/public-notice.bpmn")
class PublicNoticeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final Date PERIOD_OVER = Date.from(Instant.parse("2026-10-08T16:00:00Z"));

    final List<String> calls = new ArrayList<>();
    final AtomicBoolean undecided = new AtomicBoolean();

    @BeforeEach
    void mockDelegates() {
        init(engine.getProcessEngine());
        Mocks.register("openNoticeDelegate", (JavaDelegate) execution -> {
            calls.add("open " + execution.getVariable(NoticeVariables.SCOPE) + " " + execution.getVariable(NoticeVariables.CANDIDATE_IDS));
            execution.setVariable(NoticeVariables.NOTICE_ID, 7L);
            execution.setVariable(NoticeVariables.NOTICE_ENDS, PERIOD_OVER);
        });
        Mocks.register("checkObjectionsDelegate", (JavaDelegate) execution -> {
            calls.add("check " + execution.getVariable(NoticeVariables.NOTICE_ID));
            execution.setVariable(NoticeVariables.OBJECTIONS_UNDECIDED, undecided.get());
        });
        Mocks.register("closeNoticeDelegate", (JavaDelegate) execution -> {
            calls.add("close " + execution.getVariable(NoticeVariables.NOTICE_ID));
            execution.setVariable(NoticeVariables.CANDIDATE_IDS, "12,19");
            execution.setVariable(NoticeVariables.UPHELD, true);
        });
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void the_notice_waits_for_its_period_then_for_every_objection_and_hands_back_the_candidates_left() {
        ProcessInstance notice = runtimeService().startProcessInstanceByKey("public-notice", "round-3",
                Map.of(NoticeVariables.SCOPE, "PROVINCE", NoticeVariables.ROUND_ID, 3L, NoticeVariables.CANDIDATE_IDS, "12,15,19"));

        assertThat(notice).isWaitingAt("NoticePeriodOver");
        Job timer = managementService().createJobQuery().processInstanceId(notice.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(PERIOD_OVER);

        undecided.set(true);
        managementService().executeJob(timer.getId());
        assertThat(notice).as("an undecided objection holds the notice after its period").isWaitingAt("AwaitObjectionsSettled");

        undecided.set(false);
        runtimeService().createMessageCorrelation(ObjectionService.OBJECTIONS_SETTLED).processInstanceId(notice.getId()).correlate();

        assertThat(notice).isEnded().hasPassed("CloseNotice");
        assertThat(calls).containsExactly("open PROVINCE 12,15,19", "check 7", "check 7", "close 7");
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(notice.getId())
                .variableName(NoticeVariables.CANDIDATE_IDS).singleResult().getValue()).isEqualTo("12,19");
    }

    @Test
    void without_objections_the_notice_closes_when_its_period_is_over() {
        ProcessInstance notice = runtimeService().startProcessInstanceByKey("public-notice", "42",
                Map.of(NoticeVariables.SCOPE, "CITY", NoticeVariables.CANDIDATE_IDS, "42", "applicationId", 42L));

        managementService().executeJob(managementService().createJobQuery().processInstanceId(notice.getId()).timers().singleResult().getId());

        assertThat(notice).isEnded().hasNotPassed("AwaitObjectionsSettled");
        assertThat(calls).containsExactly("open CITY 42", "check 7", "close 7");
    }
}
