package org.brandaward.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.review.ExpertWorkloadService.EmptySeat;
import org.brandaward.review.ExpertWorkloadService.Row;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * 专家工作量 — the office sees per expert what was assigned, declared, declined, scored, is open and overdue, and
 * reminds (催办) an expert with open work; below, the seats left empty because the pool had no one left.
 */
@Route("experts/workload")
@RolesAllowed(Roles.OFFICE)
class ExpertWorkloadView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfiguration.ZONE);

    private final ExpertWorkloadService workload;
    private final Grid<Row> grid = new Grid<>();
    private final Grid<EmptySeat> seats = new Grid<>();

    ExpertWorkloadView(ExpertWorkloadService workload) {
        this.workload = workload;
        grid.setId("expert-workload");
        grid.addColumn(Row::name).setKey("name").setHeader(getTranslation("workload.name")).setAutoWidth(true);
        grid.addColumn(Row::city).setKey("city").setHeader(getTranslation("workload.city")).setAutoWidth(true);
        grid.addColumn(Row::assigned).setKey("assigned").setHeader(getTranslation("workload.assigned"));
        grid.addColumn(Row::declared).setKey("declared").setHeader(getTranslation("workload.declared"));
        grid.addColumn(Row::declined).setKey("declined").setHeader(getTranslation("workload.declined"));
        grid.addColumn(Row::scored).setKey("scored").setHeader(getTranslation("workload.scored"));
        grid.addColumn(Row::open).setKey("open").setHeader(getTranslation("workload.open"));
        grid.addComponentColumn(row -> {
            Span overdue = new Span(String.valueOf(row.overdue()));
            if (row.overdue() > 0) {
                overdue.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
            }
            return overdue;
        }).setKey("overdue").setHeader(getTranslation("workload.overdue")).setComparator(Row::overdue);
        grid.addColumn(row -> time(row.lastReminded())).setKey("lastReminded").setHeader(getTranslation("workload.lastReminded")).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Button remind = new Button(getTranslation("workload.remind"), e -> remind(row));
            remind.setId("remind-" + row.expertId());
            remind.addThemeVariants(ButtonVariant.LUMO_SMALL);
            remind.setEnabled(row.open() > 0);
            return remind;
        }).setKey("remind").setAutoWidth(true);

        seats.setId("empty-seats");
        seats.addColumn(EmptySeat::applicationId).setKey("application").setHeader(getTranslation("workload.application"));
        seats.addColumn(EmptySeat::productName).setKey("product").setHeader(getTranslation("workload.product")).setAutoWidth(true);
        seats.addColumn(seat -> seat.stage() == null ? "" : getTranslation("workload.stage." + seat.stage()))
                .setKey("stage").setHeader(getTranslation("workload.stage"));
        seats.addColumn(seat -> time(seat.recordedAt())).setKey("recordedAt").setHeader(getTranslation("workload.recordedAt")).setAutoWidth(true);
        seats.setEmptyStateText(getTranslation("workload.emptySeats.empty"));
        seats.setAllRowsVisible(true);

        RouterLink pool = new RouterLink(getTranslation("expert.poolTitle"), ExpertPoolView.class);
        pool.setId("expert-pool-link");
        add(new H2(getTranslation("workload.title")), pool, new Paragraph(getTranslation("workload.help")), grid,
                new H3(getTranslation("workload.emptySeats")), seats);
        refresh();
    }

    private void remind(Row row) {
        workload.remind(row.expertId());
        Messages.success("workload.reminded", row.name());
        refresh();
    }

    private void refresh() {
        grid.setItems(workload.workload());
        seats.setItems(workload.emptySeats());
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workload.title");
    }
}
