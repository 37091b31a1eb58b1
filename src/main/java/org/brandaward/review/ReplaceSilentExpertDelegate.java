package org.brandaward.review;

import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A drawn expert let the answer deadline pass: they are replaced by a fresh draw. */
@Component
class ReplaceSilentExpertDelegate implements JavaDelegate {

    private final ExpertDrawService draws;

    ReplaceSilentExpertDelegate(ExpertDrawService draws) {
        this.draws = draws;
    }

    @Override
    public void execute(DelegateExecution execution) {
        draws.replaceSilent((Long) execution.getVariable(ProcessVariables.APPLICATION_ID),
                (String) execution.getVariable(ProcessVariables.EXPERT));
    }
}
