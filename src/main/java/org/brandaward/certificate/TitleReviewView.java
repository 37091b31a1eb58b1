package org.brandaward.certificate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.ApplicationPanels;
import org.brandaward.organisation.CreditRecord;
import org.brandaward.organisation.CreditRecordService;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

/** 称号复核 — the office sees why a title holder is under review: the title and the credit entry against it. */
@Route("tasks/title-review/:taskId")
@RolesAllowed(Roles.OFFICE)
class TitleReviewView extends TaskView {

    private final WorkflowService workflow;
    private final TitleReviewService reviews;
    private final CertificateService certificates;
    private final CreditRecordService credit;
    private final ApplicationPanels panels;

    TitleReviewView(WorkflowService workflow, TitleReviewService reviews, CertificateService certificates,
                    CreditRecordService credit, ApplicationPanels panels) {
        super(workflow);
        this.workflow = workflow;
        this.reviews = reviews;
        this.certificates = certificates;
        this.credit = credit;
        this.panels = panels;
    }

    @Override
    protected void showTask(InboxTask task) {
        Certificate certificate = certificates.ofApplication(task.applicationId())
                .orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
        CreditRecord record = credit.get(workflow.longVariable(task.id(), ProcessVariables.CREDIT_RECORD_ID))
                .orElseThrow(() -> new RuleViolationException("credit.notFound"));
        FormLayout title = new FormLayout();
        title.addFormItem(new Span(certificate.getNumber()), getTranslation("titleReview.certificate"));
        title.addFormItem(new Span(certificate.getValidFrom() + " – " + (certificate.getValidUntil() == null
                ? getTranslation("titleReview.permanent") : certificate.getValidUntil())), getTranslation("titleReview.validity"));
        FormLayout entry = new FormLayout();
        entry.addFormItem(new Span(getTranslation("credit.kind." + record.getKind())), getTranslation("credit.kind"));
        entry.addFormItem(new Span(record.getSource()), getTranslation("credit.source"));
        entry.addFormItem(new Span(record.getListedOn() + (record.getEndsOn() == null ? "" : " – " + record.getEndsOn())),
                getTranslation("credit.period"));
        Span reason = new Span(record.getReason());
        reason.setId("title-review-credit-reason");
        entry.addFormItem(reason, getTranslation("credit.reason"));

        TextArea decisionReason = reasonArea("titleReview.reason", "title-review-reason");
        Button keep = new Button(getTranslation("titleReview.keep"), e -> {
            reviews.decide(task.id(), task.applicationId(), true, decisionReason.getValue());
            done("titleReview.done");
        });
        Button revoke = new Button(getTranslation("titleReview.proposeRevocation"), e -> {
            reviews.decide(task.id(), task.applicationId(), false, decisionReason.getValue());
            done("titleReview.done");
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(panels.of(task.applicationId()), title, new H3(getTranslation("titleReview.creditEntry")), entry, decisionReason,
                new HorizontalLayout(keep, revoke));
    }
}
