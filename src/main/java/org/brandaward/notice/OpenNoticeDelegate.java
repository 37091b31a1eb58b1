package org.brandaward.notice;

import org.brandaward.workflow.ProcessVariables;
import org.brandaward.shared.ClockConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Opens the notice of the process and sets the timer's date. Dated by the engine's clock, as the working-day timers
 * are ({@code WorkingDayTimers}): the timer fires by that clock, so the period and the timer agree.
 */
@Component
class OpenNoticeDelegate implements JavaDelegate {

    private final NoticeService notices;

    OpenNoticeDelegate(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Notice.Scope scope = Notice.Scope.valueOf((String) execution.getVariable(NoticeVariables.SCOPE));
        Object round = execution.getVariable(NoticeVariables.ROUND_ID);
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ClockConfiguration.ZONE).toLocalDate();
        Notice notice = notices.open(scope, round == null ? null : ((Number) round).longValue(),
                NoticeVariables.ids(ProcessVariables.handOverText(execution.getVariable(NoticeVariables.CANDIDATE_IDS))),
                execution.getProcessInstanceId(), today);
        execution.setVariable(NoticeVariables.NOTICE_ID, notice.getId());
        execution.setVariable(NoticeVariables.NOTICE_ENDS, new NoticePeriod(notice.getOpenedOn(), notice.getFirstDay(),
                notice.getLastDay(), notice.isWorkingDays(), notice.getLengthDays()).timerDue());
    }
}
