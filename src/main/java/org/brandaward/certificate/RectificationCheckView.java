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

/** 整改验收 — after a conditional pass the office checks whether the holder rectified: the title goes on, or is removed. */
@Route("tasks/title-rectification/:taskId")
@RolesAllowed(Roles.OFFICE)
class RectificationCheckView extends TaskView {

    private final TitleLifeService life;
    private final ApplicationPanels panels;

    RectificationCheckView(WorkflowService workflow, TitleLifeService life, ApplicationPanels panels) {
        super(workflow);
        this.life = life;
        this.panels = panels;
    }

    @Override
    protected void showTask(InboxTask task) {
        Certificate certificate = life.ofApplication(task.applicationId());
        FormLayout title = new FormLayout();
        title.addFormItem(new Span(certificate.getNumber()), getTranslation("titleReview.certificate"));
        title.addFormItem(new Span(String.valueOf(certificate.getRectifyBy())), getTranslation("recheck.rectifyBy"));
        TextArea reason = reasonArea("recheck.reason", "rectification-reason");
        Button rectified = new Button(getTranslation("recheck.rectified"), e -> {
            life.decideRectification(task.id(), task.applicationId(), true, reason.getValue());
            done("recheck.done");
        });
        rectified.setId("rectification-passed");
        Button failed = new Button(getTranslation("recheck.notRectified"), e -> {
            life.decideRectification(task.id(), task.applicationId(), false, reason.getValue());
            done("recheck.done");
        });
        failed.setId("rectification-failed");
        failed.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(panels.of(task.applicationId()), title, reason, new HorizontalLayout(rectified, failed));
    }
}
