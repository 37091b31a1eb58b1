package org.brandaward.publication;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.organisation.Divisions;
import org.brandaward.programme.ProgrammeCatalog;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 审定 — the office approves the round's final list for the issuing authority: the candidates left after the
 * committee and the public notice, with their tiers; the decision's document number and date; each individual's bonus.
 */
@Route("tasks/list-approval/:taskId")
@RolesAllowed(Roles.OFFICE)
class ApproveListView extends TaskView {

    private final PublicationService publications;
    private final ProgrammeCatalog programmes;
    private final Divisions divisions;
    private final Clock clock;

    ApproveListView(WorkflowService workflow, PublicationService publications, ProgrammeCatalog programmes, Divisions divisions, Clock clock) {
        super(workflow);
        this.publications = publications;
        this.programmes = programmes;
        this.divisions = divisions;
        this.clock = clock;
    }

    @Override
    protected void showTask(InboxTask task) {
        FinalList list = publications.finalList(task.id());
        ProgrammeDescriptor programme = programmes.get(list.programmeId());
        add(new Paragraph(getTranslation("publication.approval.round", programme.name(getLocale()), String.valueOf(list.year()))));
        Grid<FinalList.Candidate> grid = new Grid<>();
        grid.setId("final-list");
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> list.candidates().indexOf(c) + 1).setHeader(getTranslation("publication.rank")).setAutoWidth(true);
        grid.addColumn(FinalList.Candidate::organisation).setHeader(getTranslation("publication.organisation")).setAutoWidth(true);
        grid.addColumn(FinalList.Candidate::subject).setHeader(getTranslation("publication.subject")).setAutoWidth(true);
        grid.addColumn(c -> divisions.nameOf(c.cityCode())).setHeader(getTranslation("publication.city")).setAutoWidth(true);
        grid.addColumn(c -> tierName(programme, c.tier())).setHeader(getTranslation("publication.tier")).setAutoWidth(true);
        grid.setItems(list.candidates());
        grid.setEmptyStateText(getTranslation("publication.approval.empty"));

        TextField number = new TextField(getTranslation("publication.decisionNumber"));
        number.setId("decision-number");
        number.setMaxLength(PublicationService.DECISION_NUMBER_MAX);
        number.setPlaceholder(getTranslation("publication.decisionNumber.example"));
        number.setWidth("24em");
        DatePicker date = new DatePicker(getTranslation("publication.decisionDate"));
        date.setId("decision-date");
        date.setMax(LocalDate.now(clock));
        Map<Long, BigDecimalField> bonuses = new LinkedHashMap<>();
        list.candidates().stream().filter(FinalList.Candidate::individual).forEach(c -> {
            BigDecimalField bonus = new BigDecimalField(getTranslation("publication.bonus", c.subject()));
            bonus.setId("bonus-" + c.applicationId());
            bonuses.put(c.applicationId(), bonus);
        });
        Button approve = new Button(getTranslation("publication.approve"), e -> {
            Map<Long, BigDecimal> amounts = new HashMap<>();
            bonuses.forEach((id, field) -> {
                if (field.getValue() != null) {
                    amounts.put(id, field.getValue());
                }
            });
            publications.approve(task.id(), new ListApproval(number.getValue(), date.getValue(), amounts));
            done("publication.approved");
        });
        approve.setId("approve-list");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        add(grid, new H3(getTranslation("publication.decision")), number, date);
        if (!bonuses.isEmpty()) {
            add(new H3(getTranslation("publication.bonuses")), new Paragraph(getTranslation("publication.bonuses.private")));
            bonuses.values().forEach(this::add);
        }
        add(approve);
    }

    private String tierName(ProgrammeDescriptor programme, String tier) {
        return tier == null ? "" : programme.tiers().stream().filter(t -> t.id().equals(tier)).findFirst()
                .map(t -> t.name(getLocale())).orElse(tier);
    }
}
