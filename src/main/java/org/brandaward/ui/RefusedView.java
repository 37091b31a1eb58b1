package org.brandaward.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown instead of a page whose data the user may not see (another organisation's application, say): a service
 * refused with Spring's {@link AccessDeniedException}, {@code AuthorizationDeniedException} of method security included.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class RefusedView extends ErrorView implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(NavigationFailure.accessDenied());
    }
}
