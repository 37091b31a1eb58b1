package org.brandaward.application;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.brandaward.ClockConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.programme.RoundService;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

import java.time.LocalTime;
import java.util.Map;
import java.util.stream.Stream;

/** The application form of a brand programme: product, trademark and three years of sales. */
@Route("applications/:applicationId/edit")
@RolesAllowed(Roles.APPLICANT)
class ApplicationFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int AUTOSAVE_MILLIS = 30_000;

    private final ApplicationService applications;
    private final AttachmentService attachments;
    private final RoundService rounds;
    private final Div attachmentArea = new Div();
    private final TextField productName = new TextField(getTranslation("application.productName"));
    private final TextField trademark = new TextField(getTranslation("application.trademark"));
    private final BigDecimalField salesYear1 = new BigDecimalField();
    private final BigDecimalField salesYear2 = new BigDecimalField();
    private final BigDecimalField salesYear3 = new BigDecimalField();
    private final Checkbox pledgeAccepted = new Checkbox(getTranslation("application.pledgeText"));
    private final TextField pledgeSignatory = new TextField(getTranslation("application.pledgeSignatory.label"));
    private final Binder<ApplicationForm> binder = new Binder<>(ApplicationForm.class);
    private final Map<String, HasValidation> fields = Map.of("productName", productName, "trademark", trademark,
            "salesYear1", salesYear1, "salesYear2", salesYear2, "salesYear3", salesYear3,
            "pledgeAccepted", pledgeAccepted, "pledgeSignatory", pledgeSignatory);
    private final Button save = new Button(getTranslation("application.saveDraft"), e -> saveDraft());
    private final Button submit = new Button(getTranslation("application.submit"), e -> submit());
    private final Span autosaved = new Span();
    private final Paragraph supplementNotice = new Paragraph();
    /** The open supplement request (补正) this form answers, or null for a draft. */
    private SupplementRequest supplement;
    private Registration pollRegistration;
    private long applicationId;
    /** Changed since the last save: the next poll saves the draft. */
    private boolean dirty;

    ApplicationFormView(ApplicationService applications, AttachmentService attachments, RoundService rounds) {
        this.applications = applications;
        this.attachments = attachments;
        this.rounds = rounds;
        productName.setId("product-name");
        productName.setMaxLength(ApplicationForm.TEXT_MAX);
        trademark.setId("trademark");
        trademark.setMaxLength(ApplicationForm.TEXT_MAX);
        salesYear1.setId("sales-year-1");
        salesYear2.setId("sales-year-2");
        salesYear3.setId("sales-year-3");
        pledgeAccepted.setId("pledge-accepted");
        pledgeSignatory.setId("pledge-signatory");
        pledgeSignatory.setHelperText(getTranslation("application.pledgeSignatory.help"));
        // Drafts never fail validation: the binder only carries values, the service judges a submission.
        binder.bindInstanceFields(this);
        binder.addValueChangeListener(e -> dirty = true);
        autosaved.setId("autosaved");
        autosaved.getStyle().set("color", "var(--lumo-secondary-text-color)");

        save.setId("save-draft");
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        supplementNotice.setId("supplement-notice");
        supplementNotice.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new H2(getTranslation("application.formTitle")), supplementNotice,
                new FormLayout(productName, trademark, salesYear1, salesYear2, salesYear3),
                new H3(getTranslation("attachment.title")), attachmentArea,
                new H3(getTranslation("application.pledgeTitle")), pledgeAccepted, pledgeSignatory,
                new HorizontalLayout(save, submit, autosaved));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = event.getRouteParameters().getLong("applicationId").orElseThrow();
        Application application = applications.get(applicationId);
        int firstYear = rounds.get(application.getRoundId()).getYear() - ApplicationService.FIGURE_YEARS;
        salesYear1.setLabel(getTranslation("application.salesOfYear", firstYear));
        salesYear2.setLabel(getTranslation("application.salesOfYear", firstYear + 1));
        salesYear3.setLabel(getTranslation("application.salesOfYear", firstYear + 2));
        binder.setBean(application.toForm());
        supplement = application.getStatus() == ApplicationStatus.SUPPLEMENT_REQUESTED
                ? applications.openSupplement(applicationId).orElse(null) : null;
        boolean draft = application.getStatus() == ApplicationStatus.DRAFT;
        binder.setReadOnly(!draft);
        if (supplement != null) {
            Stream.concat(supplement.getParts().stream().flatMap(part -> part.fields().stream()), Stream.of("pledgeAccepted", "pledgeSignatory"))
                    .forEach(field -> binder.getBinding(field).ifPresent(binding -> binding.setReadOnly(false)));
            supplementNotice.setText(getTranslation("supplement.notice", supplement.getItems(), supplement.getDeadline().toString()));
        }
        supplementNotice.setVisible(supplement != null);
        save.setVisible(draft);
        submit.setVisible(draft || supplement != null);
        submit.setText(getTranslation(draft ? "application.submit" : "supplement.resubmit"));
        pledgeAccepted.setVisible(draft || supplement != null);
        pledgeSignatory.setVisible(draft || supplement != null);
        showAttachments(draft || supplement != null && supplement.getParts().contains(FormPart.ATTACHMENTS));
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
            applications.saveDraft(applicationId, binder.getBean());
            dirty = false;
            autosaved.setText(getTranslation("application.autosaved",
                    LocalTime.now(ClockConfiguration.ZONE).withNano(0).toString()));
        }
    }

    private void showAttachments(boolean editable) {
        attachmentArea.removeAll();
        attachmentArea.setWidthFull();
        attachmentArea.add(new AttachmentList(attachments.of(applicationId), editable ? a -> {
            attachments.remove(a.getId());
            showAttachments(true);
        } : null));
        if (editable) {
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
                attachments.attach(applicationId, metadata.fileName(), bytes);
                Messages.success("attachment.added", metadata.fileName());
                showAttachments(true);
            })));
            upload.setId("attachment-upload");
            upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", ".pdf", ".png", ".jpg", ".jpeg");
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxSizeBytes()));
            attachmentArea.add(new Paragraph(getTranslation("attachment.rules", attachments.maxSizeBytes() >> 20)), upload);
        }
    }

    private void saveDraft() {
        clearErrors();
        applications.saveDraft(applicationId, binder.getBean());
        dirty = false;
        Messages.success("application.draftSaved");
    }

    private void submit() {
        clearErrors();
        try {
            if (supplement == null) {
                applications.submit(applicationId, binder.getBean());
            } else {
                applications.resubmit(applicationId, binder.getBean());
            }
        } catch (ApplicationIncompleteException e) {
            e.getViolations().forEach(v -> {
                HasValidation field = fields.get(v.field());
                field.setErrorMessage(getTranslation(v.messageKey()));
                field.setInvalid(true);
            });
            throw e;
        }
        Messages.success("application.submitted");
        getUI().ifPresent(ui -> ui.navigate(MyApplicationsView.class));
    }

    private void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.formTitle");
    }
}
