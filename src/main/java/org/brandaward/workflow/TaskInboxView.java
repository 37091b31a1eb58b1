package org.brandaward.workflow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.ClockConfiguration;
import org.brandaward.security.Roles;

import java.time.format.DateTimeFormatter;

/** 待办 — the open tasks of the user's role; each opens the view named by its task's form key. */
@Route("tasks")
@RolesAllowed({Roles.OFFICE, Roles.EXPERT, Roles.RECOMMENDER, Roles.COMMITTEE})
class TaskInboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfiguration.ZONE);

    TaskInboxView(WorkflowService workflow) {
        Grid<InboxTask> grid = new Grid<>();
        grid.setId("inbox");
        grid.addColumn(t -> getTranslation("task." + t.key())).setHeader(getTranslation("tasks.task")).setAutoWidth(true);
        grid.addColumn(InboxTask::applicationId).setHeader(getTranslation("tasks.application"));
        grid.addColumn(t -> CREATED.format(t.created())).setHeader(getTranslation("tasks.created"));
        grid.addComponentColumn(t -> {
            Button open = new Button(getTranslation("tasks.open"), e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate(t.route() + "/" + t.id())));
            open.setId("open-" + t.key() + "-" + t.applicationId());
            return open;
        });
        grid.setItems(workflow.inbox());
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        add(new H2(getTranslation("tasks.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title");
    }
}
