package org.brandaward.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other exception while opening a page. A refusal or a missing record wrapped by a framework still gets its own
 * page (the cause chain is searched); anything else is logged here and the user reads "something went wrong", without
 * the exception. Replaces Vaadin's InternalServerError, which shows the stack trace in development mode.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class FailedView extends ErrorView implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(FailedView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        NavigationFailure failure = NavigationFailure.of(parameter.getCaughtException());
        if (failure.page() == NavigationFailure.Page.FAILED) {
            log.error("Could not open '{}'", event.getLocation().getPath(), parameter.getCaughtException());
        }
        return show(failure);
    }
}
