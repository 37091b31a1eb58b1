package org.brandaward.workflow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.security.Roles;
import org.springframework.beans.factory.ObjectProvider;

import java.time.format.DateTimeFormatter;

/**
 * 待办 — the open tasks of the user's role; each opens the view named by its task's form key. Above them, what the
 * features want the user to read first (an expert's reminders from the office), through {@link InboxNotices}. The
 * office has hundreds of tasks in a season: the list narrows to one application by its number, typed in or given as
 * {@code tasks?application=<number>}.
 */
@Route("tasks")
@RolesAllowed({Roles.OFFICE, Roles.EXPERT, Roles.RECOMMENDER, Roles.COMMITTEE})
class TaskInboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfiguration.ZONE);

    static final String APPLICATION_PARAMETER = "application";

    private final TextField applicationFilter = new TextField();

    TaskInboxView(WorkflowService workflow, ObjectProvider<InboxNotices> notices) {
        Grid<InboxTask> grid = new Grid<>();
        grid.setId("inbox");
        grid.addColumn(t -> getTranslation("task." + t.key())).setHeader(getTranslation("tasks.task")).setAutoWidth(true);
        grid.addColumn(t -> t.applicationId() == InboxTask.NO_APPLICATION ? "" : Long.toString(t.applicationId())).setHeader(getTranslation("tasks.application"));
        grid.addColumn(t -> CREATED.format(t.created())).setHeader(getTranslation("tasks.created"));
        grid.addComponentColumn(t -> {
            Button open = new Button(getTranslation("tasks.open"), e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate(t.route() + "/" + t.id())));
            open.setId("open-" + t.key() + "-" + t.applicationId());
            return open;
        });
        GridListDataView<InboxTask> tasks = grid.setItems(workflow.inbox());
        applicationFilter.setId("inbox-filter");
        applicationFilter.setPlaceholder(getTranslation("tasks.filter"));
        applicationFilter.setClearButtonVisible(true);
        applicationFilter.setValueChangeMode(ValueChangeMode.EAGER);
        applicationFilter.addValueChangeListener(e -> tasks.setFilter(
                t -> e.getValue().isBlank() || Long.toString(t.applicationId()).equals(e.getValue().strip())));
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        Div noticeList = new Div();
        noticeList.setId("inbox-notices");
        notices.orderedStream().flatMap(n -> n.forSignedInUser().stream()).forEach(notice -> {
            Paragraph line = new Paragraph(getTranslation(notice.messageKey(), notice.arguments().toArray()));
            line.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
            noticeList.add(line);
        });
        add(new H2(getTranslation("tasks.title")));
        if (noticeList.getComponentCount() > 0) {
            add(noticeList);
        }
        add(applicationFilter, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(APPLICATION_PARAMETER).ifPresent(applicationFilter::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title");
    }
}
