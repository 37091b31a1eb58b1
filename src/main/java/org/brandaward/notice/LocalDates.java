package org.brandaward.notice;

import org.brandaward.shared.ClockConfiguration;

import java.time.Instant;
import java.time.LocalDate;

/** Beijing dates of moments, for display. */
final class LocalDates {

    private LocalDates() {
    }

    static String of(Instant moment) {
        return moment == null ? "" : LocalDate.ofInstant(moment, ClockConfiguration.ZONE).toString();
    }
}
