package org.brandaward.application;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;
import org.brandaward.ui.RouteIds;
import org.brandaward.shared.RuleViolationException;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;

/**
 * The application form, built from the sections of the round's programme: organisation profile, product or service,
 * figures by year, self-assessment, heritage, attachments, pledge. A draft saves whatever is typed; a submission
 * (or a resubmission after a supplement request) marks each field that breaks a rule.
 */
@Route("applications/:applicationId" + RouteIds.LONG + "/edit")
@RolesAllowed(Roles.APPLICANT)
class ApplicationFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int AUTOSAVE_MILLIS = 30_000;

    private final Clock clock;
    private final ApplicationService applications;
    private final SupplementService supplements;
    private final AttachmentService attachments;
    private final RoundService rounds;
    private final Div attachmentArea = new Div();
    private AnswerFields answers;
    private final Checkbox pledgeAccepted = new Checkbox(getTranslation("application.pledgeText"));
    private final TextField pledgeSignatory = new TextField(getTranslation("application.pledgeSignatory.label"));
    private final Button save = new Button(getTranslation("application.saveDraft"), e -> saveDraft());
    private final Button submit = new Button(getTranslation("application.submit"), e -> submit());
    private final Span autosaved = new Span();
    private final Paragraph supplementNotice = new Paragraph();
    /** The open supplement request (补正) this form answers, or null for a draft. */
    private SupplementRequest supplement;
    private List<Integer> figureYears = List.of();
    private Registration pollRegistration;
    private long applicationId;
    /** The version of the application the form shows; a save from an older one is refused as a conflicting change. */
    private long loadedVersion;
    /** Changed since the last save: the next poll saves the draft. */
    private boolean dirty;

    ApplicationFormView(ApplicationService applications, SupplementService supplements, AttachmentService attachments,
                        RoundService rounds, Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.supplements = supplements;
        this.attachments = attachments;
        this.rounds = rounds;
        pledgeAccepted.setId("pledge-accepted");
        pledgeSignatory.setId("pledge-signatory");
        pledgeSignatory.setHelperText(getTranslation("application.pledgeSignatory.help"));
        autosaved.setId("autosaved");
        autosaved.getStyle().set("color", "var(--lumo-secondary-text-color)");
        save.setId("save-draft");
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        supplementNotice.setId("supplement-notice");
        supplementNotice.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = event.getRouteParameters().getLong("applicationId").orElseThrow();
        removeAll();
        answers = new AnswerFields(this::getTranslation);
        Application application = applications.get(applicationId);
        loadedVersion = application.getVersion();
        Round round = rounds.get(application.getRoundId());
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        figureYears = FormSections.figureYears(programme, round.getYear());
        boolean draft = application.getStatus() == ApplicationStatus.DRAFT;
        supplement = application.getStatus() == ApplicationStatus.SUPPLEMENT_REQUESTED
                ? supplements.openSupplement(applicationId).orElse(null) : null;

        add(new H2(programme.name(getLocale()) + " · " + getTranslation("application.formTitle")), supplementNotice);
        for (FormSection section : FormSections.shown(programme, application)) {
            boolean editable = draft || supplement != null && supplement.getParts().contains(section);
            add(new H3(getTranslation("formSection." + section)));
            switch (section) {
                case FIGURES -> add(figures(editable));
                case ATTACHMENTS -> add(attachmentArea);
                case PLEDGE -> add(pledgeAccepted, pledgeSignatory);
                default -> add(fields(section, editable));
            }
        }
        add(new HorizontalLayout(save, submit, autosaved));

        answers.fill(application.toForm(), figureYears);
        answers.addValueChangeListener(() -> dirty = true);
        if (supplement != null) {
            supplementNotice.setText(getTranslation("supplement.notice", supplement.getItems(), supplement.getDeadline().toString()));
        }
        supplementNotice.setVisible(supplement != null);
        save.setVisible(draft);
        submit.setVisible(draft || supplement != null);
        submit.setText(getTranslation(draft ? "application.submit" : "supplement.resubmit"));
        pledgeAccepted.setVisible(draft || supplement != null);
        pledgeSignatory.setVisible(draft || supplement != null);
        showAttachments(draft || supplement != null && supplement.getParts().contains(FormSection.ATTACHMENTS));
    }

    private FormLayout fields(FormSection section, boolean editable) {
        FormLayout layout = new FormLayout();
        for (FormField field : FormSections.fieldsOf(section)) {
            var component = answers.create(field);
            answers.setReadOnly(field.name(), !editable);
            layout.add(component);
            if (field.type() == FieldType.LONG_TEXT) {
                layout.setColspan(component, 2);
            }
        }
        return layout;
    }

    private VerticalLayout figures(boolean editable) {
        VerticalLayout years = new VerticalLayout();
        years.setPadding(false);
        for (int year : figureYears) {
            FormLayout row = new FormLayout();
            row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("900px", FigureColumn.values().length));
            for (FigureColumn column : FigureColumn.values()) {
                row.add(answers.createFigure(year, column));
                answers.setReadOnly(FormSections.figureField(year, column.key()), !editable);
            }
            years.add(new H4(getTranslation("figures.ofYear", year)), row);
        }
        years.add(new Paragraph(getTranslation("figures.help")));
        return years;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(AUTOSAVE_MILLIS);
        pollRegistration = event.getUI().addPollListener(e -> autosave());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        pollRegistration.remove();
    }

    /** Saves an edited draft without interrupting the applicant. */
    void autosave() {
        if (dirty && save.isVisible()) {
            try {
                loadedVersion = applications.saveDraft(applicationId, form()).getVersion();
            } catch (RuleViolationException e) {
                // Said quietly beside the form, not as a pop-up at every poll: the save button says it aloud.
                autosaved.setText(getTranslation(e.getMessageKey(), e.getArguments()));
                return;
            }
            dirty = false;
            autosaved.setText(getTranslation("application.autosaved",
                    LocalTime.now(clock).withNano(0).toString()));
        }
    }

    private ApplicationForm form() {
        ApplicationForm form = answers.read(figureYears);
        form.setPledgeAccepted(pledgeAccepted.getValue());
        form.setPledgeSignatory(pledgeSignatory.getValue());
        form.setVersion(loadedVersion);
        return form;
    }

    private void showAttachments(boolean editable) {
        attachmentArea.removeAll();
        attachmentArea.setWidthFull();
        attachmentArea.add(new AttachmentList(attachments.of(applicationId), editable ? a -> {
            attachments.remove(a.getId());
            showAttachments(true);
        } : null, null));
        if (editable) {
            UI ui = UI.getCurrent();
            // The applicant knows whether a file names them; ticked, experts may read it under blind review.
            Checkbox anonymised = new Checkbox(getTranslation("attachment.anonymisedDeclaration"));
            anonymised.setId("attachment-anonymised");
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
                attachments.attach(applicationId, metadata.fileName(), bytes, anonymised.getValue());
                Messages.success("attachment.added", metadata.fileName());
                showAttachments(true);
            })));
            upload.setId("attachment-upload");
            upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", ".pdf", ".png", ".jpg", ".jpeg");
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxSizeBytes()));
            attachmentArea.add(new Paragraph(getTranslation("attachment.rules", attachments.maxSizeBytes() >> 20)), anonymised, upload);
        }
    }

    private void saveDraft() {
        clearErrors();
        try {
            loadedVersion = applications.saveDraft(applicationId, form()).getVersion();
        } catch (ApplicationIncompleteException e) {
            e.getViolations().forEach(v -> showError(v.field(), getTranslation(v.messageKey())));
            throw e;
        }
        dirty = false;
        Messages.success("application.draftSaved");
    }

    private void submit() {
        clearErrors();
        try {
            if (supplement == null) {
                applications.submit(applicationId, form());
            } else {
                supplements.resubmit(applicationId, form());
            }
        } catch (ApplicationIncompleteException e) {
            e.getViolations().forEach(v -> showError(v.field(), getTranslation(v.messageKey())));
            throw e;
        }
        Messages.success("application.submitted");
        getUI().ifPresent(ui -> ui.navigate(MyApplicationsView.class));
    }

    private void showError(String field, String message) {
        switch (field) {
            case "pledgeAccepted" -> {
                pledgeAccepted.setErrorMessage(message);
                pledgeAccepted.setInvalid(true);
            }
            case "pledgeSignatory" -> {
                pledgeSignatory.setErrorMessage(message);
                pledgeSignatory.setInvalid(true);
            }
            default -> answers.showError(field, message);
        }
    }

    private void clearErrors() {
        answers.clearErrors();
        pledgeAccepted.setInvalid(false);
        pledgeSignatory.setInvalid(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.formTitle");
    }
}
