package org.brandaward.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;

/**
 * An error page inside the app's layout: a title, one sentence in the user's language, and the way home. Everything
 * is set as text. The exception, its message, message keys and the application's routes stay on the server, in
 * development mode too; the views that implement {@code HasErrorParameter} extend this one.
 */
abstract class ErrorView extends VerticalLayout implements HasDynamicTitle {

    private NavigationFailure.Page page = NavigationFailure.Page.FAILED;

    /** Shows {@code failure} and returns the HTTP status the page answers with. */
    protected int show(NavigationFailure failure) {
        page = failure.page();
        removeAll();
        H2 title = new H2(getTranslation(page.titleKey));
        title.setId(page.id);
        Paragraph detail = new Paragraph(detail(failure));
        detail.setId("error-detail");
        RouterLink home = new RouterLink(getTranslation("error.home"), HomeView.class);
        home.setId("home-link");
        add(title, detail, home);
        return page.status;
    }

    /** The rule's own sentence, or the page's general one when the bundles lack the key (never the key itself). */
    private String detail(NavigationFailure failure) {
        String text = getTranslation(failure.detailKey(), failure.arguments());
        if (text == null || text.isBlank() || text.equals(Translations.MISSING_PREFIX + failure.detailKey())) {
            NavigationFailure general = switch (failure.page()) {
                case NOT_FOUND -> NavigationFailure.notFound();
                case ACCESS_DENIED -> NavigationFailure.accessDenied();
                case REFUSED, FAILED -> NavigationFailure.failed();
            };
            return getTranslation(general.detailKey());
        }
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(page.titleKey);
    }
}
