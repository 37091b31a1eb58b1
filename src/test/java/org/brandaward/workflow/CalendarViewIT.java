package org.brandaward.workflow;

import java.time.Clock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.brandaward.KaribuTest;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The calendar reminds the admin while next year's holidays are not entered. */
class CalendarViewIT extends KaribuTest {

    @Autowired Clock clock;

    @Autowired BusinessCalendar calendar;

    int nextYear;

    @BeforeEach
    void admin() {
        login("admin", Roles.ADMIN);
        nextYear = LocalDate.now(clock).getYear() + 1;
        calendar.year(nextYear).forEach(day -> calendar.remove(day.getDay()));
    }

    @Test
    void a_missing_next_year_is_pointed_out_until_a_day_of_it_is_entered() {
        UI.getCurrent().navigate(CalendarView.class);
        Paragraph warning = _get(Paragraph.class, spec -> spec.withId("calendar-next-year-missing"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).startsWith(nextYear + "年的节假日和调休尚未登记");

        LocalDate newYearsDay = LocalDate.of(nextYear, 1, 1);
        LocalDate holiday = newYearsDay.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() ? newYearsDay
                : newYearsDay.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        calendar.save(holiday, CalendarDay.Kind.HOLIDAY, "元旦");
        try {
            UI.getCurrent().navigate("admin");
            UI.getCurrent().navigate(CalendarView.class);
            assertThat(_find(Paragraph.class, spec -> spec.withId("calendar-next-year-missing"))).as("hidden").isEmpty();
        } finally {
            calendar.remove(holiday);
        }
    }
}
