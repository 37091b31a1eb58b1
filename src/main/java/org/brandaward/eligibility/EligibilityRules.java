package org.brandaward.eligibility;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

/**
 * The hard conditions of a programme family as a DMN decision table in {@code bpmn/} (hit policy COLLECT): the
 * result names every rule the facts break, empty when the applicant is eligible. Each name has a message
 * {@code eligibility.rule.<name>} in the user's language.
 */
@Service
public class EligibilityRules {

    static final String FAILED_RULE = "failedRule";

    private final DecisionService decisions;

    EligibilityRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The rules of decision {@code decisionKey} that {@code facts} fail, in the table's order. */
    public List<String> failedRules(String decisionKey, Map<String, Object> facts) {
        return decisions.evaluateDecisionTableByKey(decisionKey, Variables.fromMap(facts)).collectEntries(FAILED_RULE);
    }
}
