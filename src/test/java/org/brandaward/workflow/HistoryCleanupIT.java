package org.brandaward.workflow;

import org.brandaward.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's history does not grow without bound: it is kept at level audit, every finished process gets a removal
 * time ten years after its end (also a model that names no time to live), and the history cleanup job is scheduled
 * for its night window.
 */
@IntegrationTest
class HistoryCleanupIT {

    /** A model that names no history time to live (Camunda's model builder would write 180 days into it). */
    static final String MODEL_WITHOUT_TIME_TO_LIVE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="history-cleanup-test-model"
                              targetNamespace="http://brand-award.org/test">
              <bpmn:process id="history-cleanup-test" isExecutable="true">
                <bpmn:startEvent id="Started"><bpmn:outgoing>Flow</bpmn:outgoing></bpmn:startEvent>
                <bpmn:sequenceFlow id="Flow" sourceRef="Started" targetRef="Ended"/>
                <bpmn:endEvent id="Ended"><bpmn:incoming>Flow</bpmn:incoming></bpmn:endEvent>
              </bpmn:process>
            </bpmn:definitions>
            """.strip();

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;

    @Test
    void a_finished_process_is_removed_ten_years_after_its_end_by_the_nightly_cleanup() {
        assertThat(engine.getHistoryLevel().getName()).isEqualTo("audit");
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0800");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0800");
        assertThat(history.findHistoryCleanupJobs()).as("the cleanup job, scheduled for its window").isNotEmpty();

        repository.createDeployment().name("history-cleanup-test").enableDuplicateFiltering(true)
                .addString("history-cleanup-test.bpmn", MODEL_WITHOUT_TIME_TO_LIVE)
                .deploy();
        String id = runtime.startProcessInstanceByKey("history-cleanup-test").getId();

        HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
        assertThat(finished.getEndTime()).isNotNull();
        assertThat(Duration.between(finished.getEndTime().toInstant(), finished.getRemovalTime().toInstant()))
                .isEqualTo(Duration.ofDays(3650));
    }
}
