package org.brandaward.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;

import java.util.List;

/** The shell: title, the current user with language switch and sign-out, and the menu of the user's role. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** A menu entry: the role that sees it, its message key and its route. */
    private record MenuEntry(String role, String key, String path) {
    }

    private static final List<MenuEntry> MENU = List.of(
            new MenuEntry(Roles.APPLICANT, "menu.organisation", "organisation"),
            new MenuEntry(Roles.APPLICANT, "menu.applications", "applications"),
            new MenuEntry(Roles.APPLICANT, "myTitles.menu", "my-titles"),
            new MenuEntry(Roles.APPLICANT, "objection.menu.answers", "objections/answers"),
            new MenuEntry(Roles.OFFICE, "menu.tasks", "tasks"),
            new MenuEntry(Roles.OFFICE, "menu.rounds", "rounds"),
            new MenuEntry(Roles.OFFICE, "menu.creditRecords", "credit-records"),
            new MenuEntry(Roles.OFFICE, "titles.menu", "titles"),
            new MenuEntry(Roles.OFFICE, "menu.programmes", "programmes"),
            new MenuEntry(Roles.OFFICE, "menu.experts", "experts"),
            new MenuEntry(Roles.OFFICE, "menu.expertWorkload", "experts/workload"),
            new MenuEntry(Roles.OFFICE, "menu.surveys", "surveys"),
            new MenuEntry(Roles.OFFICE, "menu.siteVisits", "site-visits"),
            new MenuEntry(Roles.OFFICE, "objection.menu.office", "objections"),
            new MenuEntry(Roles.EXPERT, "menu.tasks", "tasks"),
            new MenuEntry(Roles.RECOMMENDER, "menu.tasks", "tasks"),
            new MenuEntry(Roles.COMMITTEE, "menu.tasks", "tasks"),
            new MenuEntry(Roles.COMMITTEE, "committee.menu", "committee/ballot"),
            new MenuEntry(Roles.ADMIN, "menu.admin", "admin"),
            new MenuEntry(Roles.ADMIN, "menu.calendar", "admin/calendar"),
            new MenuEntry(Roles.ADMIN, "mail.menu", "admin/mail"),
            new MenuEntry(Roles.ADMIN, "menu.accounts", "admin/accounts"));

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span user = new Span(getTranslation("layout.signedInAs", CurrentUser.username(),
                CurrentUser.role().map(r -> getTranslation("role." + r)).orElse("")));
        user.setId("current-user");
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, user, new LanguageSwitch(), logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        MENU.stream().filter(entry -> CurrentUser.hasRole(entry.role()))
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.key()), entry.path())));
        // Every role: the signed-in user's own password (organisation/PasswordView).
        SideNavItem password = new SideNavItem(getTranslation("password.menu"), "account/password");
        password.setId("menu-password");
        nav.addItem(password);
        addToDrawer(nav);
    }
}
