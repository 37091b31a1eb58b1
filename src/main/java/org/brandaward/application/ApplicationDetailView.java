package org.brandaward.application;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.security.Roles;
import org.brandaward.ui.RouteIds;

import java.time.format.DateTimeFormatter;

/** The applicant's view of one application: what it says and every step it went through, with reasons. */
@Route("applications/:applicationId" + RouteIds.LONG)
@RolesAllowed(Roles.APPLICANT)
class ApplicationDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfiguration.ZONE);

    private final ApplicationService applications;
    private final ApplicationPanels panels;

    ApplicationDetailView(ApplicationService applications, ApplicationPanels panels) {
        this.applications = applications;
        this.panels = panels;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long applicationId = event.getRouteParameters().getLong("applicationId").orElseThrow();
        Application application = applications.get(applicationId);
        Grid<TimelineEntry> timeline = new Grid<>();
        timeline.setId("timeline");
        timeline.addColumn(e -> WHEN.format(e.at())).setHeader(getTranslation("timeline.when")).setAutoWidth(true);
        timeline.addColumn(e -> getTranslation("timeline." + e.action())).setHeader(getTranslation("timeline.step")).setAutoWidth(true);
        timeline.addColumn(e -> e.role() == null ? getTranslation("timeline.system") : getTranslation("role." + e.role()))
                .setHeader(getTranslation("timeline.by")).setAutoWidth(true);
        timeline.addColumn(TimelineEntry::detail).setHeader(getTranslation("timeline.detail")).setFlexGrow(1);
        timeline.setItems(applications.timeline(applicationId));
        timeline.setAllRowsVisible(true);
        removeAll();
        add(new H2(getTranslation("application.status." + application.getStatus())), panels.of(applicationId),
                new H3(getTranslation("timeline.title")), timeline);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timeline.title");
    }
}
