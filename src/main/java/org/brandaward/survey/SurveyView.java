package org.brandaward.survey;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.Roles;
import org.brandaward.shared.TabularFile;
import org.brandaward.ui.Messages;

/**
 * 满意度测评 — the office sets a round's consumer rating window, imports the survey body's results (a preview of
 * every rejected row first, stored only on confirmation) and reads each candidate's satisfaction figure.
 */
@Route("surveys")
@RolesAllowed(Roles.OFFICE)
class SurveyView extends VerticalLayout implements HasDynamicTitle {

    private final SurveyService surveys;
    private final Select<Round> round = new Select<>();
    private final DatePicker firstDay = new DatePicker(getTranslation("survey.window.firstDay"));
    private final DatePicker lastDay = new DatePicker(getTranslation("survey.window.lastDay"));
    private final Paragraph previewSummary = new Paragraph();
    private final Grid<SurveyImport.Rejected> rejected = new Grid<>();
    private final Button confirm = new Button(getTranslation("survey.import.confirm"));
    private final Grid<SurveyService.CandidateFigure> figures = new Grid<>();
    private final VerticalLayout roundPart = new VerticalLayout();
    private String fileName;
    private byte[] content;
    private String digest;

    SurveyView(SurveyService surveys, RoundService rounds) {
        this.surveys = surveys;
        round.setLabel(getTranslation("survey.round"));
        round.setId("survey-round");
        round.setItems(rounds.all().stream().filter(r -> surveys.hasSurvey(r.getId())).toList());
        round.setItemLabelGenerator(r -> rounds.programmeOf(r).name(getLocale()) + " " + r.getYear());
        round.addValueChangeListener(e -> show());
        firstDay.setId("survey-first-day");
        lastDay.setId("survey-last-day");
        Button saveWindow = new Button(getTranslation("survey.window.save"), e -> saveWindow());
        saveWindow.setId("survey-save-window");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> preview(metadata.fileName(), bytes))));
        upload.setId("survey-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TabularFile.MAX_BYTES);
        previewSummary.setId("survey-preview");
        rejected.setId("survey-rejected");
        rejected.addColumn(SurveyImport.Rejected::line).setHeader(getTranslation("survey.import.line")).setAutoWidth(true);
        rejected.addColumn(r -> getTranslation(r.reasonKey(), r.arguments().toArray())).setHeader(getTranslation("survey.import.reason")).setFlexGrow(1);
        rejected.setAllRowsVisible(true);
        confirm.setId("survey-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());

        figures.setId("survey-figures");
        figures.addColumn(SurveyService.CandidateFigure::applicationId).setHeader(getTranslation("survey.applicationNumber")).setAutoWidth(true);
        figures.addColumn(SurveyService.CandidateFigure::organisationName).setHeader(getTranslation("survey.public.organisation")).setAutoWidth(true);
        figures.addColumn(SurveyService.CandidateFigure::productName).setHeader(getTranslation("survey.public.product")).setAutoWidth(true);
        figures.addComponentColumn(c -> new SatisfactionSummary(c.figure())).setHeader(getTranslation("survey.figure")).setFlexGrow(1);
        figures.addComponentColumn(c -> c.publicKey() == null ? new Paragraph()
                : new Anchor("/public/ratings/" + c.publicKey(), getTranslation("survey.publicPage"))).setHeader(getTranslation("survey.publicPage"));
        figures.setAllRowsVisible(true);

        roundPart.setPadding(false);
        roundPart.add(new H3(getTranslation("survey.window")), new Paragraph(getTranslation("survey.window.intro")),
                new HorizontalLayout(firstDay, lastDay), saveWindow,
                new H3(getTranslation("survey.import")), new Paragraph(getTranslation("survey.import.format", SurveyImport.HEADER)),
                upload, previewSummary, rejected, confirm,
                new H3(getTranslation("survey.figures")), figures);
        add(new H2(getTranslation("survey.title")), new Paragraph(getTranslation("survey.intro")), round, roundPart);
        show();
    }

    private void show() {
        clearPreview();
        Round selected = round.getValue();
        roundPart.setVisible(selected != null);
        if (selected == null) {
            return;
        }
        surveys.windowOf(selected.getId()).ifPresentOrElse(w -> {
            firstDay.setValue(w.firstDay());
            lastDay.setValue(w.lastDay());
        }, () -> {
            firstDay.clear();
            lastDay.clear();
        });
        figures.setItems(surveys.figuresOf(selected.getId()));
    }

    private void saveWindow() {
        surveys.setWindow(round.getValue().getId(), firstDay.getValue(), lastDay.getValue());
        Messages.success("survey.window.saved");
        show();
    }

    private void preview(String name, byte[] bytes) {
        SurveyImport.Result result = surveys.preview(round.getValue().getId(), name, bytes);
        fileName = name;
        content = bytes;
        digest = result.digest();
        previewSummary.setText(getTranslation("survey.import.previewSummary", result.accepted().size(), result.rejected().size()));
        rejected.setItems(result.rejected());
        rejected.setVisible(!result.rejected().isEmpty());
        confirm.setEnabled(!result.accepted().isEmpty());
        confirm.setVisible(true);
    }

    private void confirm() {
        int stored = surveys.confirm(round.getValue().getId(), fileName, content, digest);
        Messages.success("survey.import.stored", stored);
        show();
    }

    private void clearPreview() {
        fileName = null;
        content = null;
        digest = null;
        previewSummary.setText("");
        rejected.setItems();
        rejected.setVisible(false);
        confirm.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.title");
    }
}
