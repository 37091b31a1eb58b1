package org.brandaward.workflow;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.brandaward.shared.Reasons;

/**
 * A view that works one user task, routed as {@code <form key>/:taskId}. The task is resolved (and the user's
 * right to it checked) before anything of the application is shown.
 */
public abstract class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String TASK_ID = "taskId";

    private final WorkflowService workflow;
    private InboxTask task;

    protected TaskView(WorkflowService workflow) {
        this.workflow = workflow;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        task = workflow.task(event.getRouteParameters().get(TASK_ID).orElseThrow());
        removeAll();
        add(new H2(getPageTitle()));
        showTask(task);
    }

    /** Lays out the view for the resolved task. */
    protected abstract void showTask(InboxTask task);

    protected InboxTask task() {
        return task;
    }

    /** The text area of a decision's reason, which the applicant may read: full width, at most {@link Reasons#MAX} characters. */
    protected TextArea reasonArea(String labelKey, String id) {
        TextArea reason = new TextArea(getTranslation(labelKey));
        reason.setId(id);
        reason.setWidthFull();
        reason.setMaxLength(Reasons.MAX);
        return reason;
    }

    /** Back to the inbox once the task is done. */
    protected void done(String messageKey) {
        org.brandaward.ui.Messages.success(messageKey);
        getUI().ifPresent(ui -> ui.navigate(TaskInboxView.class));
    }

    @Override
    public String getPageTitle() {
        return task == null ? getTranslation("tasks.title") : getTranslation("task." + task.key());
    }
}
