package org.brandaward.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.security.Roles;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.TaskView;
import org.brandaward.workflow.WorkflowService;

/**
 * 回避声明与保密承诺 — a drawn expert declares no conflict of interest and accepts confidentiality before seeing
 * anything of the application, or declines with a reason (a replacement is drawn).
 */
@Route("tasks/declaration/:taskId")
@RolesAllowed(Roles.EXPERT)
class DeclarationView extends TaskView {

    private final ExpertDrawService draws;

    DeclarationView(WorkflowService workflow, ExpertDrawService draws) {
        super(workflow);
        this.draws = draws;
    }

    @Override
    protected void showTask(InboxTask task) {
        Paragraph text = new Paragraph(getTranslation("declaration.text"));
        Checkbox accept = new Checkbox(getTranslation("declaration.accept"));
        accept.setId("declaration-accept");
        Button declare = new Button(getTranslation("declaration.declare"), e -> {
            if (!accept.getValue()) {
                accept.setInvalid(true);
                accept.setErrorMessage(getTranslation("declaration.acceptRequired"));
                return;
            }
            draws.declare(task.applicationId());
            done("declaration.declared");
        });
        declare.setId("declaration-declare");
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea reason = reasonArea("declaration.declineReason", "declaration-decline-reason");
        Button decline = new Button(getTranslation("declaration.decline"), e -> {
            draws.decline(task.applicationId(), reason.getValue());
            done("declaration.declined");
        });
        decline.setId("declaration-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(text, accept, declare, new H3(getTranslation("declaration.declineTitle")), reason, decline);
    }
}
