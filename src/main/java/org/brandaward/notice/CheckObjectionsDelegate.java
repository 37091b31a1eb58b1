package org.brandaward.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the period: are objections still undecided? The process then waits for {@code ObjectionsSettled}. */
@Component
class CheckObjectionsDelegate implements JavaDelegate {

    private final NoticeService notices;

    CheckObjectionsDelegate(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(NoticeVariables.OBJECTIONS_UNDECIDED,
                notices.hasUndecidedObjections(((Number) execution.getVariable(NoticeVariables.NOTICE_ID)).longValue()));
    }
}
