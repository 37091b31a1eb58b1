package org.brandaward.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * No such page: an unknown route, or an id in a route that is not one ({@code applications/abc}, see {@link RouteIds}).
 * Replaces Vaadin's RouteNotFoundError, which lists the application's routes in development mode.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorView implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(NavigationFailure.notFound());
    }
}
