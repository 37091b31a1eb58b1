package org.brandaward.sitevisit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

/** 现场核查 — the office marks which time-honoured candidates need a provincial site visit and records each visit. */
@Route("site-visits")
@RolesAllowed(Roles.OFFICE)
class SiteVisitView extends VerticalLayout implements HasDynamicTitle {

    private final SiteVisitService visits;
    private final Select<Round> round = new Select<>();
    private final Grid<SiteVisitService.Visit> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    SiteVisitView(SiteVisitService visits, RoundService rounds) {
        this.visits = visits;
        round.setLabel(getTranslation("sitevisit.round"));
        round.setId("sitevisit-round");
        round.setItems(rounds.all().stream().filter(r -> visits.takesSiteVisits(r.getId())).toList());
        round.setItemLabelGenerator(r -> rounds.programmeOf(r).name(getLocale()) + " " + r.getYear());
        round.addValueChangeListener(e -> refresh());
        grid.setId("sitevisit-grid");
        grid.addColumn(SiteVisitService.Visit::applicationId).setHeader(getTranslation("sitevisit.applicationNumber")).setAutoWidth(true);
        grid.addColumn(SiteVisitService.Visit::organisationName).setHeader(getTranslation("sitevisit.organisation")).setAutoWidth(true);
        grid.addColumn(SiteVisitService.Visit::productName).setHeader(getTranslation("sitevisit.product")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation(!v.needed() ? "sitevisit.state.notNeeded" : v.recorded() ? "sitevisit.state.recorded"
                : "sitevisit.state.outstanding")).setHeader(getTranslation("sitevisit.state"));
        grid.addColumn(SiteVisitService.Visit::visitedOn).setHeader(getTranslation("sitevisit.visitedOn"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        detail.setPadding(false);
        add(new H2(getTranslation("sitevisit.title")), new Paragraph(getTranslation("sitevisit.intro")), round, grid, detail);
    }

    private void refresh() {
        detail.removeAll();
        grid.setItems(round.getValue() == null ? java.util.List.of() : visits.ofRound(round.getValue().getId()));
    }

    private void showDetail(SiteVisitService.Visit visit) {
        detail.removeAll();
        if (visit == null) {
            return;
        }
        detail.add(new H3(visit.organisationName()));
        if (!visit.needed()) {
            Button mark = new Button(getTranslation("sitevisit.markNeeded"), e -> {
                visits.markNeeded(visit.applicationId());
                Messages.success("sitevisit.marked");
                refresh();
            });
            mark.setId("sitevisit-mark");
            detail.add(mark);
            return;
        }
        DatePicker visitedOn = new DatePicker(getTranslation("sitevisit.visitedOn"), visit.visitedOn());
        visitedOn.setId("sitevisit-date");
        TextField team = new TextField(getTranslation("sitevisit.team"), visit.team() == null ? "" : visit.team(), "");
        team.setId("sitevisit-team");
        team.setMaxLength(SiteVisitService.TEAM_MAX);
        team.setWidthFull();
        TextArea findings = new TextArea(getTranslation("sitevisit.findings"));
        findings.setId("sitevisit-findings");
        findings.setMaxLength(SiteVisitService.FINDINGS_MAX);
        findings.setValue(visit.findings() == null ? "" : visit.findings());
        findings.setWidthFull();
        Button save = new Button(getTranslation("sitevisit.save"), e -> {
            visits.record(visit.applicationId(), visitedOn.getValue(), team.getValue(), findings.getValue());
            Messages.success("sitevisit.saved");
            refresh();
        });
        save.setId("sitevisit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        UI ui = UI.getCurrent();
        VerticalLayout photos = new VerticalLayout();
        photos.setPadding(false);
        Runnable listPhotos = () -> {
            photos.removeAll();
            visits.photosOf(visit.applicationId()).forEach(p -> photos.add(new Anchor("/site-visits/photos/" + p.publicKey(), p.fileName())));
        };
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            visits.addPhoto(visit.applicationId(), metadata.fileName(), bytes);
            Messages.success("sitevisit.photoAdded");
            listPhotos.run();
        })));
        upload.setId("sitevisit-photo");
        upload.setAcceptedFileTypes(".jpg", ".jpeg", ".png", "image/jpeg", "image/png");
        listPhotos.run();
        detail.add(visitedOn, team, findings, save, new H3(getTranslation("sitevisit.photos")), upload, photos);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sitevisit.title");
    }
}
