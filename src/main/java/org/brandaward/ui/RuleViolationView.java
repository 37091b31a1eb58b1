package org.brandaward.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.brandaward.shared.RuleViolationException;

/**
 * A rule refused to open the page: a record that does not exist ({@code *.notFound}: the not-found page, with the
 * rule's own sentence such as 未找到该申报) or any other refusal, with its message in the user's language.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class RuleViolationView extends ErrorView implements HasErrorParameter<RuleViolationException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RuleViolationException> parameter) {
        return show(NavigationFailure.of(parameter.getCaughtException()));
    }
}
