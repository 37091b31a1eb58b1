package org.brandaward.certificate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.application.ApplicationPanels;
import org.brandaward.organisation.CreditRecordService;
import org.brandaward.security.Roles;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 撤销复核 — the office sees the title under review and why (the credit entry against its holder, or the ground the
 * office proposed), and keeps it with a reason or records the decision revoking it: ground, document number, date.
 */
@Route("tasks/title-review/:taskId")
@RolesAllowed(Roles.OFFICE)
class RevocationReviewView extends TaskView {

    private final WorkflowService workflow;
    private final RevocationReviewService reviews;
    private final CertificateService certificates;
    private final CreditRecordService credit;
    private final ApplicationPanels panels;
    private final Clock clock;

    RevocationReviewView(WorkflowService workflow, RevocationReviewService reviews, CertificateService certificates,
                         CreditRecordService credit, ApplicationPanels panels, Clock clock) {
        super(workflow);
        this.workflow = workflow;
        this.reviews = reviews;
        this.certificates = certificates;
        this.credit = credit;
        this.panels = panels;
        this.clock = clock;
    }

    @Override
    protected void showTask(InboxTask task) {
        Certificate certificate = certificates.ofApplication(task.applicationId())
                .orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
        add(panels.of(task.applicationId()), title(certificate));
        String proposed = workflow.stringVariable(task.id(), RevocationReviewService.PROPOSED_GROUND);
        if (proposed != null) {
            Span ground = new Span(getTranslation(RevocationGround.valueOf(proposed).messageKey()));
            ground.setId("revocation-proposed-ground");
            FormLayout opening = new FormLayout();
            opening.addFormItem(ground, getTranslation("revocation.proposedGround"));
            add(opening);
        }
        creditEntry(task);
        if (certificate.isRevoked()) {
            add(new Paragraph(getTranslation("revocation.alreadyRevokedHere", certificate.getRevokedOn().toString(),
                    certificate.getRevocationDocumentNumber())));
        }
        decision(task, certificate, proposed);
    }

    private FormLayout title(Certificate certificate) {
        FormLayout title = new FormLayout();
        title.addFormItem(new Span(certificate.getNumber()), getTranslation("titleReview.certificate"));
        title.addFormItem(new Span(certificate.getValidFrom() + " – " + (certificate.getValidUntil() == null
                ? getTranslation("titleReview.permanent") : certificate.getValidUntil())), getTranslation("titleReview.validity"));
        return title;
    }

    /** The credit entry that opened the review, when one did (an office-opened review has none). */
    private void creditEntry(InboxTask task) {
        workflow.optionalLongVariable(task.id(), ProcessVariables.CREDIT_RECORD_ID).flatMap(credit::get).ifPresent(record -> {
            FormLayout entry = new FormLayout();
            entry.addFormItem(new Span(getTranslation("credit.kind." + record.getKind())), getTranslation("credit.kind"));
            entry.addFormItem(new Span(record.getSource()), getTranslation("credit.source"));
            entry.addFormItem(new Span(record.getListedOn() + (record.getEndsOn() == null ? "" : " – " + record.getEndsOn())),
                    getTranslation("credit.period"));
            Span reason = new Span(record.getReason());
            reason.setId("title-review-credit-reason");
            entry.addFormItem(reason, getTranslation("credit.reason"));
            add(new H3(getTranslation("titleReview.creditEntry")), entry);
        });
    }

    private void decision(InboxTask task, Certificate certificate, String proposed) {
        var reason = reasonArea("revocation.reason", "title-review-reason");
        Select<RevocationGround> ground = new Select<>();
        ground.setId("revocation-ground");
        ground.setLabel(getTranslation("revocation.ground"));
        ground.setItems(RevocationGround.values());
        ground.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
        if (proposed != null) {
            ground.setValue(RevocationGround.valueOf(proposed));
        }
        TextField documentNumber = new TextField(getTranslation("revocation.documentNumber"));
        documentNumber.setId("revocation-document-number");
        documentNumber.setMaxLength(RevocationDecision.DOCUMENT_NUMBER_MAX);
        documentNumber.setPlaceholder(getTranslation("revocation.documentNumber.placeholder"));
        DatePicker decidedOn = new DatePicker(getTranslation("revocation.decidedOn"));
        decidedOn.setId("revocation-decided-on");
        decidedOn.setMin(certificate.getIssuedOn());
        decidedOn.setMax(LocalDate.now(clock));

        Button keep = new Button(getTranslation(certificate.isRevoked() ? "revocation.close" : "titleReview.keep"), e -> {
            reviews.keep(task.id(), task.applicationId(), reason.getValue());
            done("titleReview.done");
        });
        keep.setId("revocation-keep");
        add(new H3(getTranslation("revocation.decision")), reason);
        if (certificate.isRevoked()) {
            add(keep);
            return;
        }
        Button revoke = new Button(getTranslation("revocation.revoke"), e -> {
            reviews.revoke(task.id(), task.applicationId(),
                    new RevocationDecision(ground.getValue(), documentNumber.getValue(), decidedOn.getValue(), reason.getValue()));
            done("revocation.revoked");
        });
        revoke.setId("revocation-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new FormLayout(ground, documentNumber, decidedOn), new Paragraph(getTranslation("revocation.help")),
                new HorizontalLayout(keep, revoke));
    }
}
