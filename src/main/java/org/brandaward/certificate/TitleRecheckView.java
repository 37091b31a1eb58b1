package org.brandaward.certificate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.application.ApplicationPanels;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

/** 老字号复核 — the office re-checks a time-honoured brand: pass, conditional pass (rectify within 6 months) or removal. */
@Route("tasks/title-recheck/:taskId")
@RolesAllowed(Roles.OFFICE)
class TitleRecheckView extends TaskView {

    private final TitleLifeService life;
    private final ApplicationPanels panels;

    TitleRecheckView(WorkflowService workflow, TitleLifeService life, ApplicationPanels panels) {
        super(workflow);
        this.life = life;
        this.panels = panels;
    }

    @Override
    protected void showTask(InboxTask task) {
        Certificate certificate = life.ofApplication(task.applicationId());
        FormLayout title = new FormLayout();
        title.addFormItem(new Span(certificate.getNumber()), getTranslation("titleReview.certificate"));
        title.addFormItem(new Span(certificate.getValidFrom() + " – " + certificate.getValidUntil()), getTranslation("titleReview.validity"));
        TextArea reason = reasonArea("recheck.reason", "recheck-reason");
        Button pass = decide(task, RecheckOutcome.PASS, reason);
        Button conditional = decide(task, RecheckOutcome.CONDITIONAL, reason);
        Button remove = decide(task, RecheckOutcome.REMOVE, reason);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(panels.of(task.applicationId()), title, reason, new HorizontalLayout(pass, conditional, remove));
    }

    private Button decide(InboxTask task, RecheckOutcome outcome, TextArea reason) {
        Button button = new Button(getTranslation("recheck.outcome." + outcome), e -> {
            life.decideRecheck(task.id(), task.applicationId(), outcome, reason.getValue());
            done("recheck.done");
        });
        button.setId("recheck-" + outcome.name().toLowerCase(java.util.Locale.ROOT));
        return button;
    }
}
