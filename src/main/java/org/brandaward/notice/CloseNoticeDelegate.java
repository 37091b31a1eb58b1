package org.brandaward.notice;

import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the notice and hands back the candidates left, and whether an objection was upheld. */
@Component
class CloseNoticeDelegate implements JavaDelegate {

    private final NoticeService notices;

    CloseNoticeDelegate(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NoticeService.Outcome outcome = notices.close(((Number) execution.getVariable(NoticeVariables.NOTICE_ID)).longValue());
        execution.setVariable(NoticeVariables.CANDIDATE_IDS, ProcessVariables.handOver(NoticeVariables.join(outcome.remaining())));
        execution.setVariable(NoticeVariables.UPHELD, outcome.anyRemoved());
    }
}
