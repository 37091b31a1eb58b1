package org.brandaward.application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
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
import org.brandaward.shared.RuleViolationException;
import org.brandaward.programme.ProgrammeSettings;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** The office opens rounds (申报通知) with their quotas, and sees every round with its applications by stage. */
@Route("rounds")
@RolesAllowed(Roles.OFFICE)
class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final RoundService rounds;
    private final ApplicationService applications;
    private final Grid<Round> grid = new Grid<>();
    private final Select<ProgrammeDescriptor> programme = new Select<>();
    private final IntegerField year = new IntegerField(getTranslation("round.year"));
    private final DatePicker opensOn = new DatePicker(getTranslation("round.opensOn"));
    private final DatePicker deadline = new DatePicker(getTranslation("round.deadline"));
    private final IntegerField quotaTotal = new IntegerField(getTranslation("round.quota.total"));
    private final IntegerField quotaPerCity = new IntegerField(getTranslation("round.quota.perCity"));
    private final IntegerField quotaPerCountyOrganisations = new IntegerField(getTranslation("round.quota.perCountyOrganisations"));
    private final IntegerField quotaPerCountyIndividuals = new IntegerField(getTranslation("round.quota.perCountyIndividuals"));

    RoundsView(RoundService rounds, ApplicationService applications, ProgrammeSettings programmes, Clock clock) {
        this.rounds = rounds;
        this.applications = applications;
        LocalDate today = LocalDate.now(clock);
        programme.setLabel(getTranslation("application.programme"));
        programme.setId("round-programme");
        programme.setItems(programmes.all());
        programme.setItemLabelGenerator(p -> p.name(getLocale()));
        programme.addValueChangeListener(e -> showDefaultQuotas(e.getValue()));
        year.setId("round-year");
        year.setValue(today.getYear());
        year.setStepButtonsVisible(true);
        opensOn.setId("round-opens-on");
        opensOn.setValue(today);
        deadline.setId("round-deadline");
        deadline.setValue(today.plusMonths(2));
        quotaTotal.setId("round-quota-total");
        for (IntegerField quota : new IntegerField[] {quotaTotal, quotaPerCity, quotaPerCountyOrganisations, quotaPerCountyIndividuals}) {
            quota.setMin(1);
            quota.setHelperText(getTranslation("round.quota.none"));
        }
        Button open = new Button(getTranslation("round.open"), e -> open());
        open.setId("open-round");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("rounds");
        grid.addColumn(r -> rounds.programmeOf(r).name(getLocale())).setHeader(getTranslation("application.programme")).setAutoWidth(true);
        grid.addColumn(Round::getYear).setHeader(getTranslation("round.year"));
        grid.addColumn(r -> r.getApplicationsOpenOn() + " – " + r.getDeadline()).setHeader(getTranslation("round.window")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("round.status." + r.getStatus())).setHeader(getTranslation("round.status"));
        grid.addColumn(r -> quotas(r.getQuotas())).setHeader(getTranslation("round.quotas")).setAutoWidth(true);
        grid.addColumn(r -> counts(applications.countsByStatus(r.getId()))).setHeader(getTranslation("round.counts")).setFlexGrow(1);
        grid.addComponentColumn(r -> link(r, "ranking", "ranking.link")).setKey("ranking").setAutoWidth(true);
        grid.addComponentColumn(r -> link(r, "feedback", "feedback.open")).setKey("feedback").setAutoWidth(true);
        grid.addComponentColumn(r -> link(r, "list", "publication.roundList")).setKey("list").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setItems(rounds.all());

        add(new H2(getTranslation("rounds.title")), new H3(getTranslation("round.new")),
                new FormLayout(programme, year, opensOn, deadline, quotaTotal, quotaPerCity, quotaPerCountyOrganisations,
                        quotaPerCountyIndividuals), open, grid);
    }

    /** The round's feedback reports (expert review's page, by its route: this package does not know review's views). */
    /** A link to a round's page of another feature ({@code rounds/<id>/<page>}), by route so this view needs none of them. */
    private Anchor link(Round round, String page, String labelKey) {
        Anchor link = new Anchor("rounds/" + round.getId() + "/" + page, getTranslation(labelKey));
        link.setId(page + "-round-" + round.getId());
        return link;
    }

    private void showDefaultQuotas(ProgrammeDescriptor selected) {
        ProgrammeDescriptor.Quotas quotas = selected == null || selected.quotas() == null
                ? new ProgrammeDescriptor.Quotas(null, null, null, null) : selected.quotas();
        quotaTotal.setValue(quotas.total());
        quotaPerCity.setValue(quotas.perCity());
        quotaPerCountyOrganisations.setValue(quotas.perCountyOrganisations());
        quotaPerCountyIndividuals.setValue(quotas.perCountyIndividuals());
    }

    private void open() {
        if (programme.isEmpty() || year.isEmpty()) {
            throw new RuleViolationException("round.programmeAndYearRequired");
        }
        rounds.open(programme.getValue().id(), year.getValue(), opensOn.getValue(), deadline.getValue(),
                new ProgrammeDescriptor.Quotas(quotaTotal.getValue(), quotaPerCity.getValue(),
                        quotaPerCountyOrganisations.getValue(), quotaPerCountyIndividuals.getValue()));
        Messages.success("round.opened");
        grid.setItems(rounds.all());
    }

    private String quotas(ProgrammeDescriptor.Quotas quotas) {
        StringBuilder text = new StringBuilder();
        append(text, "round.quota.total", quotas.total());
        append(text, "round.quota.perCity", quotas.perCity());
        append(text, "round.quota.perCountyOrganisations", quotas.perCountyOrganisations());
        append(text, "round.quota.perCountyIndividuals", quotas.perCountyIndividuals());
        return text.isEmpty() ? getTranslation("round.quota.none") : text.toString();
    }

    private void append(StringBuilder text, String key, Integer quota) {
        if (quota != null) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation(key)).append(' ').append(quota);
        }
    }

    private String counts(Map<ApplicationStatus, Long> counts) {
        return counts.isEmpty() ? "—" : counts.entrySet().stream()
                .map(e -> getTranslation("application.status." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.title");
    }
}
