package org.brandaward.workflow;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.KnownRolesOnly;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 工作日 — working days: Monday to Friday, less the public holidays, plus the make-up weekend days, as the admin
 * keeps them in {@code calendar_day}. Every deadline counted "in working days" goes through here.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class BusinessCalendar {

    static final String AUDIT_TYPE = "CALENDAR_DAY";

    private final CalendarDayRepository days;
    private final AuditLog audit;

    BusinessCalendar(CalendarDayRepository days, AuditLog audit) {
        this.days = days;
        this.audit = audit;
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, exceptions(day, day));
    }

    /** The day that is {@code workingDays} working days after {@code from} ({@code from} itself not counted). */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        // Generous window: no year has more than a fortnight of consecutive days off.
        Map<LocalDate, CalendarDay> exceptions = exceptions(from, from.plusDays(workingDays * 2L + 30));
        LocalDate day = from;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day, exceptions)) {
                counted++;
            }
        }
        return day;
    }

    public List<CalendarDay> year(int year) {
        return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Records a holiday on a weekday or a make-up working day on a weekend; anything else would change nothing. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CalendarDay save(LocalDate day, CalendarDay.Kind kind, String name) {
        if (day == null || kind == null || name == null || name.isBlank()) {
            throw new RuleViolationException("calendar.incomplete");
        }
        if (name.strip().length() > CalendarDay.NAME_MAX) {
            throw new RuleViolationException("validation.tooLong");
        }
        boolean weekend = isWeekend(day);
        if (kind == CalendarDay.Kind.HOLIDAY && weekend || kind == CalendarDay.Kind.WORKDAY && !weekend) {
            throw new RuleViolationException(weekend ? "calendar.weekendHoliday" : "calendar.weekdayWorkday");
        }
        CalendarDay existing = days.findById(day).orElse(null);
        String before = existing == null ? null : existing.getKind().name();
        CalendarDay saved;
        if (existing == null) {
            saved = days.save(new CalendarDay(day, kind, name.strip()));
        } else {
            existing.change(kind, name.strip());
            saved = existing;
        }
        audit.record(AUDIT_TYPE, day.toEpochDay(), "SAVED", before, kind, day + " " + name.strip());
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(LocalDate day) {
        CalendarDay existing = days.findById(day).orElseThrow(() -> new RuleViolationException("calendar.notFound"));
        days.delete(existing);
        audit.record(AUDIT_TYPE, day.toEpochDay(), "REMOVED", existing.getKind(), null, day + " " + existing.getName());
    }

    private Map<LocalDate, CalendarDay> exceptions(LocalDate from, LocalDate to) {
        return days.findByDayBetweenOrderByDay(from, to).stream().collect(Collectors.toMap(CalendarDay::getDay, Function.identity()));
    }

    private static boolean isWorkingDay(LocalDate day, Map<LocalDate, CalendarDay> exceptions) {
        CalendarDay exception = exceptions.get(day);
        return exception == null ? !isWeekend(day) : exception.getKind() == CalendarDay.Kind.WORKDAY;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
