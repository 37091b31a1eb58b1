package org.brandaward.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * 异议处理 — the office's list of objections, the undecided first; for the one selected: the grounds, the objector
 * (for the office alone), the evidence, the applicant's response; ask the applicant to respond, uphold or dismiss.
 */
@Route("objections")
@RolesAllowed(Roles.OFFICE)
class ObjectionsView extends VerticalLayout implements HasDynamicTitle {

    private final ObjectionService objections;
    private final Grid<ObjectionService.Handled> grid = new Grid<>();
    private final Div detail = new Div();

    ObjectionsView(ObjectionService objections) {
        this.objections = objections;
        grid.setId("objections");
        grid.addColumn(h -> h.objection().getReference()).setHeader(getTranslation("objection.office.reference")).setAutoWidth(true);
        grid.addColumn(h -> h.candidate().getOrganisationName() + " — " + h.candidate().getSubject())
                .setHeader(getTranslation("objection.form.candidate")).setAutoWidth(true);
        grid.addColumn(h -> getTranslation("objection.status." + h.objection().getStatus())).setHeader(getTranslation("objection.status.state"));
        grid.addColumn(h -> LocalDates.of(h.objection().getSubmittedAt())).setHeader(getTranslation("objection.status.submitted"));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.setAllRowsVisible(true);
        detail.setId("objection-detail");
        add(new H2(getTranslation("objection.office.title")), grid, detail);
        refresh(null);
    }

    private void refresh(Long selectedId) {
        List<ObjectionService.Handled> all = objections.all();
        grid.setItems(all);
        all.stream().filter(h -> h.objection().getId().equals(selectedId)).findFirst().ifPresentOrElse(grid::select, () -> show(null));
    }

    private void show(ObjectionService.Handled handled) {
        detail.removeAll();
        if (handled == null) {
            detail.add(new Paragraph(getTranslation("objection.office.choose")));
            return;
        }
        Objection o = handled.objection();
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(handled.candidate().getOrganisationName() + " — " + handled.candidate().getSubject()),
                getTranslation("objection.form.candidate"));
        Span grounds = new Span(o.getGrounds());
        grounds.setId("objection-grounds");
        facts.addFormItem(grounds, getTranslation("objection.form.grounds"));
        facts.addFormItem(new Span(o.getObjectorName()), getTranslation("objection.form.name"));
        facts.addFormItem(new Span(getTranslation("objection.idType." + o.getIdType()) + " " + o.getIdNumber()), getTranslation("objection.form.idNumber"));
        facts.addFormItem(new Span(o.getContact()), getTranslation("objection.form.contact"));
        VerticalLayout files = new VerticalLayout();
        files.setPadding(false);
        for (ObjectionEvidence file : handled.evidence()) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(objections.evidenceContent(file.getId())), file.getFileName(), file.getMediaType(),
                    file.getSizeBytes())), file.getFileName());
            files.add(download);
        }
        facts.addFormItem(files, getTranslation("objection.office.evidence"));
        if (o.getResponseDue() != null) {
            Span response = new Span(o.getResponse() == null ? getTranslation("objection.office.noResponseYet", o.getResponseDue().toString())
                    : o.getResponse());
            response.setId("objection-response");
            facts.addFormItem(response, getTranslation("objection.office.response"));
        }
        detail.add(new H3(o.getReference()), facts);
        if (o.getStatus().isDecided()) {
            detail.add(new Paragraph(getTranslation("objection.status." + o.getStatus()) + ": " + o.getDecisionReason()));
            return;
        }
        IntegerField days = new IntegerField(getTranslation("objection.office.responseDays"));
        days.setId("objection-response-days");
        days.setMin(1);
        days.setMax(ObjectionService.MAX_RESPONSE_WORKING_DAYS);
        days.setValue(5);
        Button ask = new Button(getTranslation("objection.office.askResponse"), e -> {
            objections.requestResponse(o.getId(), days.getValue() == null ? 0 : days.getValue());
            Messages.success("objection.office.asked");
            refresh(o.getId());
        });
        ask.setId("objection-ask-response");
        ask.setEnabled(o.getStatus() == Objection.Status.OPEN);
        TextArea reason = new TextArea(getTranslation("objection.office.reason"));
        reason.setId("objection-reason");
        reason.setMaxLength(Objection.TEXT_MAX);
        reason.setWidthFull();
        Button uphold = new Button(getTranslation("objection.office.uphold"), e -> {
            objections.uphold(o.getId(), reason.getValue());
            Messages.success("objection.office.decided");
            refresh(o.getId());
        });
        uphold.setId("objection-uphold");
        uphold.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button dismiss = new Button(getTranslation("objection.office.dismiss"), e -> {
            objections.dismiss(o.getId(), reason.getValue());
            Messages.success("objection.office.decided");
            refresh(o.getId());
        });
        dismiss.setId("objection-dismiss");
        detail.add(new HorizontalLayout(days, ask), reason, new HorizontalLayout(uphold, dismiss));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("objection.office.title");
    }
}
