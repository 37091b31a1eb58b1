package org.brandaward.workflow;

import org.brandaward.security.SignIn;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.Roles;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working days under the 2026 holiday notice, and a BPMN timer that counts them with the engine clock moved. */
@IntegrationTest
class BusinessCalendarIT {

    @Autowired BusinessCalendar calendar;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired AuditLog audit;

    @BeforeEach
    void signIn() {
        SignIn.as("admin", Roles.ADMIN);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        SignIn.out();
    }

    @Test
    void weekdays_work_weekends_rest_and_the_holiday_notice_overrides_both() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).as("Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 22))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("National Day, a Thursday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("make-up Saturday before Spring Festival").isTrue();
    }

    @Test
    void counting_working_days_skips_the_national_day_week_and_counts_the_make_up_saturday() {
        LocalDate lastDayOfSeptember = LocalDate.of(2026, 9, 30);
        assertThat(calendar.addWorkingDays(lastDayOfSeptember, 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        // 8 (Thu), 9 (Fri), 10 (make-up Sat), 12 (Mon), 13 (Tue)
        assertThat(calendar.addWorkingDays(lastDayOfSeptember, 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.addWorkingDays(lastDayOfSeptember, 0)).isEqualTo(lastDayOfSeptember);
    }

    @Test
    void a_five_working_day_timer_started_before_national_day_fires_on_the_13th_of_october() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-09-29T10:00:00+08:00").toInstant()));
        ProcessInstance instance = runtime.startProcessInstanceByKey("working-day-timer-test");
        Job timer = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
        // Sep 30, Oct 8, 9, 10 (make-up), 12: the period ends on the 12th, the timer fires as the 13th begins.
        assertThat(timer.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-10-13T00:00:00+08:00").toInstant()));

        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-10-12T23:59:00+08:00").toInstant()));
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).executable().count()).isZero();

        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-10-13T00:01:00+08:00").toInstant()));
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).executable().count()).isOne();
        management.executeJob(timer.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void the_admin_records_a_holiday_which_moves_deadlines_and_is_audited() {
        LocalDate monday = LocalDate.of(2030, 3, 4);
        assertThat(calendar.addWorkingDays(LocalDate.of(2030, 3, 1), 1)).isEqualTo(monday);

        SignIn.as("admin", Roles.ADMIN);
        calendar.save(monday, CalendarDay.Kind.HOLIDAY, "临时假日");
        try {
            assertThat(calendar.addWorkingDays(LocalDate.of(2030, 3, 1), 1)).isEqualTo(monday.plusDays(1));
            assertThat(audit.history(BusinessCalendar.AUDIT_TYPE, monday.toEpochDay())).extracting(AuditEvent::getAction, AuditEvent::getActor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SAVED", "admin"));
        } finally {
            calendar.remove(monday);
        }
        assertThat(calendar.isWorkingDay(monday)).isTrue();
    }

    @Test
    void entries_that_would_change_nothing_or_come_from_non_admins_are_refused() {
        SignIn.as("admin", Roles.ADMIN);
        assertThatThrownBy(() -> calendar.save(LocalDate.of(2030, 3, 2), CalendarDay.Kind.HOLIDAY, "周六"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("calendar.weekendHoliday"));
        assertThatThrownBy(() -> calendar.save(LocalDate.of(2030, 3, 4), CalendarDay.Kind.WORKDAY, "周一"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("calendar.weekdayWorkday"));
        SignIn.as("office", Roles.OFFICE);
        assertThatThrownBy(() -> calendar.save(LocalDate.of(2030, 3, 4), CalendarDay.Kind.HOLIDAY, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
