package org.brandaward.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * A signed-in user opened a view of another role ({@code @RolesAllowed}): Vaadin's access control reroutes here with
 * its own {@link AccessDeniedException}, whose reason (in development mode) is never shown. Replaces Vaadin's
 * RouteAccessDeniedError.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ViewDeniedView extends ErrorView implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(NavigationFailure.accessDenied());
    }
}
