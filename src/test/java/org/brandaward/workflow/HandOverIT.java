package org.brandaward.workflow;

import org.brandaward.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round's hand-over between its stages survives any round's size: the candidate ids of 2,000 applications are
 * far past the 4,000 characters Camunda keeps in a string variable (the season benchmark's famous-brand round of
 * 3,000 applications failed there), and come back whole; a short one stays a plain string.
 */
@IntegrationTest
class HandOverIT {

    static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                              xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="hand-over-test-model"
                              targetNamespace="http://brand-award.org/test">
              <bpmn:process id="hand-over-test" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="Started"><bpmn:outgoing>ToWait</bpmn:outgoing></bpmn:startEvent>
                <bpmn:sequenceFlow id="ToWait" sourceRef="Started" targetRef="Wait"/>
                <bpmn:receiveTask id="Wait"><bpmn:incoming>ToWait</bpmn:incoming></bpmn:receiveTask>
              </bpmn:process>
            </bpmn:definitions>
            """.strip();

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    @Test
    void the_candidates_of_a_round_of_two_thousand_come_back_whole() {
        repository.createDeployment().name("hand-over-test").enableDuplicateFiltering(true)
                .addString("hand-over-test.bpmn", MODEL).deploy();
        String large = LongStream.rangeClosed(1_000_001, 1_002_000).mapToObj(Long::toString).collect(Collectors.joining(","));
        String small = "12,15,19";
        assertThat(large.length()).isGreaterThan(4000);

        String id = runtime.startProcessInstanceByKey("hand-over-test", Map.of(
                ProcessVariables.CANDIDATE_IDS, ProcessVariables.handOver(large),
                ProcessVariables.TIERS, ProcessVariables.handOver(small))).getId();

        assertThat(ProcessVariables.handOverText(runtime.getVariable(id, ProcessVariables.CANDIDATE_IDS))).isEqualTo(large);
        assertThat(runtime.getVariable(id, ProcessVariables.TIERS)).isEqualTo(small);
        runtime.deleteProcessInstance(id, "test done");
    }
}
