package org.brandaward.programme;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.RuleViolationException;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

import java.time.Clock;
import java.time.LocalDate;

/** The office opens rounds (申报通知) and sees every round. */
@Route("rounds")
@RolesAllowed(Roles.OFFICE)
class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final RoundService rounds;
    private final Grid<Round> grid = new Grid<>();
    private final Select<ProgrammeDescriptor> programme = new Select<>();
    private final IntegerField year = new IntegerField(getTranslation("round.year"));
    private final DatePicker opensOn = new DatePicker(getTranslation("round.opensOn"));
    private final DatePicker deadline = new DatePicker(getTranslation("round.deadline"));

    RoundsView(RoundService rounds, ProgrammeCatalog programmes, Clock clock) {
        this.rounds = rounds;
        LocalDate today = LocalDate.now(clock);
        programme.setLabel(getTranslation("application.programme"));
        programme.setId("round-programme");
        programme.setItems(programmes.all());
        programme.setItemLabelGenerator(p -> p.name(getLocale()));
        year.setId("round-year");
        year.setValue(today.getYear());
        year.setStepButtonsVisible(true);
        opensOn.setId("round-opens-on");
        opensOn.setValue(today);
        deadline.setId("round-deadline");
        deadline.setValue(today.plusMonths(2));
        Button open = new Button(getTranslation("round.open"), e -> open());
        open.setId("open-round");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("rounds");
        grid.addColumn(r -> rounds.programmeOf(r).name(getLocale())).setHeader(getTranslation("application.programme")).setAutoWidth(true);
        grid.addColumn(Round::getYear).setHeader(getTranslation("round.year"));
        grid.addColumn(Round::getApplicationsOpenOn).setHeader(getTranslation("round.opensOn"));
        grid.addColumn(Round::getDeadline).setHeader(getTranslation("round.deadline"));
        grid.addColumn(r -> getTranslation("round.status." + r.getStatus())).setHeader(getTranslation("round.status"));
        grid.setAllRowsVisible(true);
        grid.setItems(rounds.all());

        add(new H2(getTranslation("rounds.title")), new H3(getTranslation("round.new")),
                new FormLayout(programme, year, opensOn, deadline), open, grid);
    }

    private void open() {
        if (programme.isEmpty() || year.isEmpty()) {
            throw new RuleViolationException("round.programmeAndYearRequired");
        }
        rounds.open(programme.getValue().id(), year.getValue(), opensOn.getValue(), deadline.getValue());
        Messages.success("round.opened");
        grid.setItems(rounds.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.title");
    }
}
