package org.brandaward.certificate;

import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
class ExpireTitleDelegate implements JavaDelegate {

    private final TitleLifeService life;

    ExpireTitleDelegate(TitleLifeService life) {
        this.life = life;
    }

    @Override
    public void execute(DelegateExecution execution) {
        life.expire((Long) execution.getVariable(ProcessVariables.CERTIFICATE_ID));
    }
}
