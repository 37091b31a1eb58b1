package org.brandaward.application;

import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The supplement deadline passed without a resubmission: the application is withdrawn (撤回). */
@Component
class WithdrawOverdueApplicationDelegate implements JavaDelegate {

    private final SupplementService supplements;

    WithdrawOverdueApplicationDelegate(SupplementService supplements) {
        this.supplements = supplements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        supplements.withdrawOverdue((Long) execution.getVariable(ProcessVariables.APPLICATION_ID));
        execution.setVariable(ProcessVariables.WITHDRAWN, true);
    }
}
