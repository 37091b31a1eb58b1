package org.brandaward.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.security.Roles;

@Route("admin")
@RolesAllowed(Roles.ADMIN)
class AdminView extends VerticalLayout implements HasDynamicTitle {

    AdminView() {
        Anchor cockpit = new Anchor("camunda/app/cockpit/default/", getTranslation("admin.cockpit"));
        cockpit.setId("cockpit-link");
        cockpit.setRouterIgnore(true);
        add(new H2(getTranslation("admin.title")), new Paragraph(getTranslation("admin.intro")), cockpit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
