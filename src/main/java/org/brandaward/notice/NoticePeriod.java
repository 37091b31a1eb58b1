package org.brandaward.notice;

import org.brandaward.shared.ClockConfiguration;

import java.time.LocalDate;
import java.util.Date;

/**
 * The days a notice is public: from {@code firstDay} to {@code lastDay}, both included; it opens on {@code openedOn}.
 * The timer ends it at the start of the day after the last, Beijing time.
 */
public record NoticePeriod(LocalDate openedOn, LocalDate firstDay, LocalDate lastDay, boolean workingDays, int length) {

    public Date timerDue() {
        return Date.from(lastDay.plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant());
    }
}
