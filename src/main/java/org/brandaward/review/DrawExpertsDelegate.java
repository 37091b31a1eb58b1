package org.brandaward.review;

import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The application passed eligibility: draw its experts and start each one's review. */
@Component
class DrawExpertsDelegate implements JavaDelegate {

    private final ExpertDrawService draws;

    DrawExpertsDelegate(ExpertDrawService draws) {
        this.draws = draws;
    }

    @Override
    public void execute(DelegateExecution execution) {
        draws.drawExperts((Long) execution.getVariable(ProcessVariables.APPLICATION_ID));
    }
}
