package org.brandaward.publication;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.certificate.CertificateBatchPanel;
import org.brandaward.certificate.CertificateBatches;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;
import org.brandaward.ui.RouteIds;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 审定名单 — the office's view of a round's approved list: entries in rank order with tier, certificate and (for the
 * office only) an individual's bonus; for a recommendation upward (中华老字号) the ministry's outcome per candidate,
 * which the office records here once the ministry decides. A certifying list shows the progress of its certificate
 * batch (发证进度), which every official with the page open watches as it goes.
 */
@Route("rounds/:roundId" + RouteIds.LONG + "/list")
@RolesAllowed(Roles.OFFICE)
class RoundListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicationService publications;
    private final RoundService rounds;
    private final CertificateBatches certificateBatches;
    private final Clock clock;
    private final Grid<PublicationService.OfficeEntry> grid = new Grid<>();
    private final Grid.Column<PublicationService.OfficeEntry> ministryOutcome;
    private final Grid.Column<PublicationService.OfficeEntry> ministryForm;
    private Round round;
    private ProgrammeDescriptor programme;

    RoundListView(PublicationService publications, RoundService rounds, CertificateBatches certificateBatches, Clock clock) {
        this.publications = publications;
        this.rounds = rounds;
        this.certificateBatches = certificateBatches;
        this.clock = clock;
        grid.setId("round-list");
        grid.setAllRowsVisible(true);
        grid.addColumn(PublicationService.OfficeEntry::position).setHeader(getTranslation("publication.rank")).setAutoWidth(true);
        grid.addColumn(PublicationService.OfficeEntry::organisation).setHeader(getTranslation("publication.organisation")).setAutoWidth(true);
        grid.addColumn(PublicationService.OfficeEntry::subject).setHeader(getTranslation("publication.subject")).setAutoWidth(true);
        grid.addColumn(e -> tierName(e.tier())).setHeader(getTranslation("publication.tier")).setAutoWidth(true);
        grid.addColumn(e -> e.bonus() == null ? "" : e.bonus().toPlainString()).setHeader(getTranslation("publication.bonuses")).setAutoWidth(true);
        grid.addColumn(e -> e.certificateNumber() == null ? "" : e.certificateNumber())
                .setHeader(getTranslation("publication.certificateNumber")).setAutoWidth(true);
        // The certificate's own page (certificate/CertificateView: its PDF, 换发), linked by address: no import of certificate.
        grid.addComponentColumn(e -> e.certificateNumber() == null ? new Paragraph() : certificateLink(e))
                .setKey("certificate").setAutoWidth(true);
        ministryOutcome = grid.addColumn(this::ministryOutcome).setHeader(getTranslation("publication.ministryOutcome")).setAutoWidth(true);
        ministryForm = grid.addComponentColumn(e -> e.ministryRecognised() == null ? ministryForm(e) : new Paragraph())
                .setKey("ministry").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("publication.roundList.empty"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        round = rounds.get(Long.parseLong(event.getRouteParameters().get("roundId").orElseThrow()));
        programme = rounds.programmeOf(round);
        removeAll();
        add(new H2(getTranslation("publication.roundList.title", programme.name(getLocale()), String.valueOf(round.getYear()))));
        boolean published = publications.published(round.getId()).isPresent();
        if (published) {
            add(new Anchor("public/lists/" + round.getId(), getTranslation("publication.roundList.public")));
        }
        boolean recommendation = published && !programme.certifies();
        ministryOutcome.setVisible(recommendation);
        ministryForm.setVisible(recommendation);
        if (published && programme.certifies()) {
            add(new CertificateBatchPanel(certificateBatches, round.getId(),
                    () -> grid.setItems(publications.approvedEntries(round.getId()))));
        }
        grid.setItems(publications.approvedEntries(round.getId()));
        add(grid);
        if (recommendation) {
            add(new Paragraph(getTranslation("publication.ministry.help")));
        }
    }

    private String tierName(String tier) {
        return tier == null ? "" : programme.tiers().stream().filter(t -> t.id().equals(tier)).findFirst()
                .map(t -> t.name(getLocale())).orElse(tier);
    }

    private Anchor certificateLink(PublicationService.OfficeEntry entry) {
        Anchor link = new Anchor("certificates/" + entry.applicationId(), getTranslation("publication.certificate.open"));
        link.setId("certificate-page-" + entry.applicationId());
        return link;
    }

    private String ministryOutcome(PublicationService.OfficeEntry entry) {
        if (entry.ministryRecognised() == null) {
            return getTranslation("publication.ministry.pending");
        }
        return getTranslation(entry.ministryRecognised() ? "publication.ministry.recognised" : "publication.ministry.notRecognised",
                entry.ministryDecidedOn().toString());
    }

    private HorizontalLayout ministryForm(PublicationService.OfficeEntry entry) {
        DatePicker date = new DatePicker();
        date.setId("ministry-date-" + entry.applicationId());
        date.setPlaceholder(getTranslation("publication.ministry.date"));
        date.setMax(LocalDate.now(clock));
        Button recognised = new Button(getTranslation("publication.ministry.recognise"), e -> record(entry, true, date.getValue()));
        recognised.setId("ministry-recognised-" + entry.applicationId());
        recognised.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button rejected = new Button(getTranslation("publication.ministry.reject"), e -> record(entry, false, date.getValue()));
        rejected.setId("ministry-rejected-" + entry.applicationId());
        return new HorizontalLayout(date, recognised, rejected);
    }

    private void record(PublicationService.OfficeEntry entry, boolean recognised, LocalDate on) {
        publications.recordMinistryOutcome(entry.applicationId(), recognised, on);
        Messages.success("publication.ministry.recorded");
        grid.setItems(publications.approvedEntries(round.getId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.roundList.pageTitle");
    }
}
