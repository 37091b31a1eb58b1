package org.brandaward.workflow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

import java.time.Clock;
import java.time.LocalDate;

/** The admin keeps the public holidays and make-up working days each year, as the State Council announces them. */
@Route("admin/calendar")
@RolesAllowed(Roles.ADMIN)
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final BusinessCalendar calendar;
    private final IntegerField year = new IntegerField(getTranslation("calendar.year"));
    private final Grid<CalendarDay> grid = new Grid<>();

    CalendarView(BusinessCalendar calendar, Clock clock) {
        this.calendar = calendar;
        year.setId("calendar-year");
        year.setValue(LocalDate.now(clock).getYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> refresh());

        grid.setId("calendar-days");
        grid.addColumn(CalendarDay::getDay).setHeader(getTranslation("calendar.day")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("calendar.kind." + d.getKind())).setHeader(getTranslation("calendar.kind"));
        grid.addColumn(CalendarDay::getName).setHeader(getTranslation("calendar.name")).setFlexGrow(1);
        grid.addComponentColumn(d -> {
            Button remove = new Button(getTranslation("calendar.remove"), e -> {
                calendar.remove(d.getDay());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });

        DatePicker day = new DatePicker(getTranslation("calendar.day"));
        day.setId("calendar-new-day");
        Select<CalendarDay.Kind> kind = new Select<>();
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setId("calendar-new-kind");
        kind.setItems(CalendarDay.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("calendar.kind." + k));
        TextField name = new TextField(getTranslation("calendar.name"));
        name.setId("calendar-new-name");
        name.setMaxLength(CalendarDay.NAME_MAX);
        Button save = new Button(getTranslation("calendar.save"), e -> {
            calendar.save(day.getValue(), kind.getValue(), name.getValue());
            Messages.success("calendar.saved");
            refresh();
        });
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        int nextYear = LocalDate.now(clock).getYear() + 1;
        Paragraph missingNextYear = new Paragraph(getTranslation("calendar.nextYearMissing", nextYear));
        missingNextYear.setId("calendar-next-year-missing");
        missingNextYear.getStyle().set("color", "var(--lumo-error-text-color)");
        missingNextYear.setVisible(calendar.year(nextYear).isEmpty());
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.intro")), missingNextYear, year, grid,
                new FormLayout(day, kind, name), save);
        refresh();
    }

    private void refresh() {
        grid.setItems(year.getValue() == null ? java.util.List.of() : calendar.year(year.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
