package org.brandaward.publication;

import org.brandaward.workflow.ProcessTestEngine;
import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

/**
 * An application's wait for its round's published list, {@code round-outcome}: the message the publication correlates
 * by the application's business key routes to recognised (listed, certifying programme: the publication's batch issues
 * the certificates, not this process), to the end of a recommendation (listed, 中华老字号) or to the end of the unlisted.
 */
@Deployment(resources = "bpmn/round-outcome.bpmn")
class RoundOutcomeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    static final long APPLICATION_ID = 42L;

    @BeforeEach
    void initAssertions() {
        init(engine.getProcessEngine());
    }

    @Test
    void a_listed_application_of_a_certifying_programme_ends_recognised_without_issuing_in_the_process() {
        ProcessInstance outcome = awaiting();
        publish(true, true);
        assertThat(outcome).isEnded().hasPassed("Recognised").variables().containsEntry("approved", true);
    }

    @Test
    void a_listed_recommendation_ends_recommended_without_a_certificate() {
        ProcessInstance outcome = awaiting();
        publish(true, false);
        assertThat(outcome).isEnded().hasPassed("RecommendedUpward").hasNotPassed("Recognised");
    }

    @Test
    void an_unlisted_candidate_ends_not_recognised() {
        ProcessInstance outcome = awaiting();
        publish(false, true);
        assertThat(outcome).isEnded().hasPassed("NotRecognised").hasNotPassed("Recognised").variables().containsEntry("approved", false);
    }

    private ProcessInstance awaiting() {
        ProcessInstance outcome = runtimeService().startProcessInstanceByKey("round-outcome", Long.toString(APPLICATION_ID),
                Map.of(ProcessVariables.APPLICATION_ID, APPLICATION_ID));
        assertThat(outcome).isWaitingAt(PublicationService.AWAIT_OUTCOME);
        return outcome;
    }

    /** As PublicationService.publish correlates: by the application's business key, with approved and certifies. */
    private void publish(boolean approved, boolean certifies) {
        runtimeService().createMessageCorrelation(PublicationService.OUTCOME_MESSAGE).processInstanceBusinessKey(Long.toString(APPLICATION_ID))
                .setVariables(Map.of(ProcessVariables.APPROVED, approved, ProcessVariables.CERTIFIES, certifies)).correlate();
    }
}
