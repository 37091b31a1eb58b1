package org.brandaward.notice;

import org.brandaward.workflow.BusinessCalendar;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The period of a notice, counted as the Civil Code counts periods (民法典 第二百零一条、第二百零三条): the day it
 * opens is not counted, so the first day is the next day (the next working day when counted in working days); a
 * period in calendar days whose last day is a day off ends on the first working day after it, so a notice never
 * ends inside a holiday when nobody could lodge an objection in person.
 */
@Component
class NoticePeriods {

    private final BusinessCalendar calendar;

    NoticePeriods(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    NoticePeriod from(LocalDate openedOn, int length, boolean workingDays) {
        if (length < 1) {
            throw new IllegalArgumentException("a notice lasts at least one day: " + length);
        }
        if (workingDays) {
            return new NoticePeriod(openedOn, calendar.addWorkingDays(openedOn, 1), calendar.addWorkingDays(openedOn, length), true, length);
        }
        LocalDate lastDay = openedOn.plusDays(length);
        while (!calendar.isWorkingDay(lastDay)) {
            lastDay = lastDay.plusDays(1);
        }
        return new NoticePeriod(openedOn, openedOn.plusDays(1), lastDay, false, length);
    }
}
