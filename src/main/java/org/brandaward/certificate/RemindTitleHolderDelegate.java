package org.brandaward.certificate;

import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 到期提醒 — the task's input {@code daysLeft} (90, then 30) says which reminder it is. */
@Component
class RemindTitleHolderDelegate implements JavaDelegate {

    static final String DAYS_LEFT = "daysLeft";

    private final TitleLifeService life;

    RemindTitleHolderDelegate(TitleLifeService life) {
        this.life = life;
    }

    @Override
    public void execute(DelegateExecution execution) {
        life.remind((Long) execution.getVariable(ProcessVariables.CERTIFICATE_ID), ((Number) execution.getVariable(DAYS_LEFT)).intValue());
    }
}
