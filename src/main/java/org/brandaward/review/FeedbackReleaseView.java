package org.brandaward.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;
import org.brandaward.ui.RouteIds;

import java.time.format.DateTimeFormatter;

/**
 * 反馈报告 of one round, for the office: where the round stands, the reports with their rank bands and a preview of
 * each, and the release that lets every applicant download its own.
 */
@Route("rounds/:roundId" + RouteIds.LONG + "/feedback")
@RolesAllowed(Roles.OFFICE)
class FeedbackReleaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfiguration.ZONE);

    private final FeedbackReportService reports;
    private final RoundService rounds;
    private long roundId;

    FeedbackReleaseView(FeedbackReportService reports, RoundService rounds) {
        this.reports = reports;
        this.rounds = rounds;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters().getLong("roundId").orElseThrow();
        show();
    }

    private void show() {
        Round round = rounds.get(roundId);
        FeedbackReportService.ReleaseState state = reports.stateOf(roundId);
        Paragraph status = new Paragraph(state.released()
                ? getTranslation("feedback.releasedOn", WHEN.format(state.releasedAt()), state.releasedBy())
                : getTranslation("feedback.notReleasedYet", state.decided(), state.undecided()));
        status.setId("feedback-status");
        Button release = new Button(getTranslation("feedback.release"), e -> release());
        release.setId("release-feedback");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.setEnabled(!state.released());

        Grid<FeedbackReportService.Report> grid = new Grid<>();
        grid.setId("feedback-reports");
        grid.addColumn(FeedbackReportService.Report::applicant).setHeader(getTranslation("feedback.applicant")).setAutoWidth(true);
        grid.addColumn(FeedbackReportService.Report::entry).setHeader(getTranslation("feedback.entry")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("application.status." + r.status())).setHeader(getTranslation("feedback.status"));
        grid.addColumn(r -> getTranslation("feedback.band." + r.band())).setHeader(getTranslation("feedback.band"));
        grid.addComponentColumn(r -> {
            // Served by the download endpoint, which checks access again.
            Anchor preview = new Anchor("feedback/" + r.applicationId() + ".pdf", getTranslation("feedback.preview"));
            preview.setRouterIgnore(true);
            preview.setTarget("_blank");
            preview.setId("feedback-preview-" + r.applicationId());
            return preview;
        }).setKey("preview").setAutoWidth(true);
        grid.setItems(reports.reportsOf(roundId));
        grid.setAllRowsVisible(true);

        removeAll();
        add(new H2(getTranslation("feedback.title", rounds.programmeOf(round).name(getLocale()), String.valueOf(round.getYear()))),
                new Paragraph(getTranslation("feedback.explained")), status, release, grid);
    }

    private void release() {
        reports.release(roundId);
        Messages.success("feedback.releasedNotice");
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.pageTitle");
    }
}
