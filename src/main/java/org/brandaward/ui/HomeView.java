package org.brandaward.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;

/** Sends each role to where its work is. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.hasRole(Roles.APPLICANT)) {
            event.forwardTo("applications");
        } else if (CurrentUser.hasRole(Roles.ADMIN)) {
            event.forwardTo("admin");
        } else {
            event.forwardTo("tasks");
        }
    }
}
