package org.brandaward.workflow;

import org.brandaward.shared.ClockConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Date;

/**
 * Due dates in working days for BPMN timers: {@code <timeDate>${workingDays.dueAfter(5)}</timeDate>}. Counts from the
 * engine's clock (so tests move {@code ClockUtil}); the period ends with the last working day, and the timer fires
 * at the start of the next day, Beijing time.
 */
@Component("workingDays")
public class WorkingDayTimers {

    private final BusinessCalendar calendar;

    WorkingDayTimers(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    public Date dueAfter(int workingDays) {
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ClockConfiguration.ZONE).toLocalDate();
        LocalDate lastDay = calendar.addWorkingDays(today, workingDays);
        return Date.from(lastDay.plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant());
    }
}
