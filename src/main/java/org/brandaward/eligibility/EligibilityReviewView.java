package org.brandaward.eligibility;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.application.ApplicationPanels;
import org.brandaward.application.SupplementRequestSection;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

@Route("tasks/eligibility/:taskId")
@RolesAllowed(Roles.OFFICE)
class EligibilityReviewView extends TaskView {

    private final EligibilityService eligibility;
    private final ApplicationPanels panels;

    EligibilityReviewView(WorkflowService workflow, EligibilityService eligibility, ApplicationPanels panels) {
        super(workflow);
        this.eligibility = eligibility;
        this.panels = panels;
    }

    @Override
    protected void showTask(InboxTask task) {
        TextArea reason = new TextArea(getTranslation("eligibility.reason"));
        reason.setId("eligibility-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Button pass = new Button(getTranslation("eligibility.pass"), e -> {
            eligibility.decide(task.id(), task.applicationId(), true, reason.getValue());
            done("eligibility.passed");
        });
        pass.setId("eligibility-pass");
        pass.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(getTranslation("eligibility.reject"), e -> {
            eligibility.decide(task.id(), task.applicationId(), false, reason.getValue());
            done("eligibility.rejected");
        });
        reject.setId("eligibility-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var supplement = new SupplementRequestSection((parts, items) -> {
            eligibility.requestSupplement(task.id(), task.applicationId(), parts, items);
            done("supplement.requested");
        });
        add(panels.of(task.applicationId()), reason, new HorizontalLayout(pass, reject), supplement);
    }
}
