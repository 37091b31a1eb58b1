package org.brandaward.ui;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.KaribuTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.ApplicationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.security.Roles;
import org.brandaward.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that cannot be opened says so in the user's language, inside the app's layout, with a link home and the
 * proper HTTP status: not found (unknown route, missing or malformed id), not allowed (another organisation's record,
 * another role's view, a service's refusal), a rule's refusal, or something went wrong. Never the exception's class,
 * its message, a message key, a stack trace or the list of routes, which Vaadin shows in development mode.
 */
class ErrorPagesIT extends KaribuTest {

    private static final String NOT_FOUND = "未找到";
    private static final String NO_SUCH_PAGE = "您要打开的页面不存在或已被删除，请检查链接。";
    private static final String DENIED = "无权访问";
    private static final String DENIED_DETAIL = "您无权查看此内容。如有疑问，请联系评审办公室。";
    private static final String HOME = "返回首页";
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RoundFixtures roundFixtures;
    @Autowired ApplicationService applications;
    @Autowired WorkflowService workflow;

    @BeforeEach
    void registerTheFailingPage() {
        RouteConfiguration.forSessionScope().setRoute(FailingView.PATH, FailingView.class);
    }

    @AfterEach
    void forgetTheFailure() {
        FailingView.failure = null;
    }

    @Test
    void an_unknown_route_shows_not_found_and_no_list_of_routes() {
        login("applicant", Roles.APPLICANT);

        assertThat(open("no-such-page")).isEqualTo(404);

        assertPage("not-found", NOT_FOUND, NO_SUCH_PAGE, HOME);
        assertNoInternals("no-such-page");
    }

    @Test
    void an_unknown_route_speaks_english_to_an_english_session() {
        login("applicant", Roles.APPLICANT);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        assertThat(open("no-such-page")).isEqualTo(404);

        assertPage("not-found", "Not found", "The page you tried to open does not exist or has been removed. Please check the link.",
                "Back to the home page");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Not found");
    }

    @Test
    void a_missing_application_shows_not_found_with_the_rules_sentence() {
        login(organisationFixtures.applicantWithOrganisation("烟台张裕葡萄酒有限公司"), Roles.APPLICANT);

        assertThat(open("applications/999999999")).isEqualTo(404);

        assertPage("not-found", NOT_FOUND, "未找到该申报", HOME);
        assertNoInternals("application.notFound", "999999999");
    }

    @Test
    void a_missing_application_in_english() {
        login(organisationFixtures.applicantWithOrganisation("烟台张裕葡萄酒有限公司"), Roles.APPLICANT);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        assertThat(open("applications/999999999/edit")).isEqualTo(404);

        assertPage("not-found", "Not found", "Application not found", "Back to the home page");
        assertNoInternals("application.notFound");
    }

    @Test
    void a_malformed_application_id_shows_not_found_not_a_number_format_failure() {
        login(organisationFixtures.applicantWithOrganisation("青岛啤酒有限公司"), Roles.APPLICANT);

        for (String path : List.of("applications/abc", "applications/abc/edit", "applications/-1",
                "applications/9999999999999999999", "applications/1e3/edit")) {
            assertThat(open(path)).as(path).isEqualTo(404);
            assertPage("not-found", NOT_FOUND, NO_SUCH_PAGE, HOME);
            assertNoInternals("NumberFormat", "For input string");
        }
    }

    @Test
    void a_malformed_task_id_shows_not_found() {
        login("office", Roles.OFFICE);

        assertThat(open("tasks/list-approval/abc")).isEqualTo(404);

        assertPage("not-found", NOT_FOUND, "该任务不存在或已办结", HOME);
        assertNoInternals("task.notFound");
    }

    @Test
    void another_organisations_application_shows_not_allowed() {
        long roundId = roundFixtures.round(2026).getId();
        organisationFixtures.applicantWithOrganisation("日照港集团有限公司");
        long theirs = applications.createDraft(roundId, ApplicantKind.ORGANISATION).getId();
        login(organisationFixtures.applicantWithOrganisation("威海船厂有限公司"), Roles.APPLICANT);

        assertThat(open("applications/" + theirs)).isEqualTo(403);

        assertPage("access-denied", DENIED, DENIED_DETAIL, HOME);
        assertNoInternals("application " + theirs);
    }

    @Test
    void another_organisations_application_in_english() {
        long roundId = roundFixtures.round(2026).getId();
        organisationFixtures.applicantWithOrganisation("日照港集团有限公司");
        long theirs = applications.createDraft(roundId, ApplicantKind.ORGANISATION).getId();
        login(organisationFixtures.applicantWithOrganisation("威海船厂有限公司"), Roles.APPLICANT);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        assertThat(open("applications/" + theirs + "/edit")).isEqualTo(403);

        assertPage("access-denied", "Access denied", "You may not see this. Ask the award office if you think you should.",
                "Back to the home page");
    }

    @Test
    void a_view_of_another_role_shows_not_allowed_without_vaadins_reason() {
        login("applicant", Roles.APPLICANT);

        assertThat(open("admin/calendar")).isEqualTo(403);

        assertPage("access-denied", DENIED, DENIED_DETAIL, HOME);
        assertNoInternals("annotations", "RolesAllowed");
    }

    @Test
    void a_services_refusal_while_opening_a_page_shows_not_allowed() {
        login("applicant", Roles.APPLICANT);
        // Method security refuses with AuthorizationDeniedException, a subclass of Spring's AccessDeniedException.
        FailingView.failure = () -> workflow.openTaskKeys(1L);

        assertThat(open(FailingView.PATH)).isEqualTo(403);

        assertPage("access-denied", DENIED, DENIED_DETAIL, HOME);
        assertNoInternals("Access Denied", "Authorization");
    }

    @Test
    void a_rules_refusal_while_opening_a_page_shows_its_sentence() {
        login("applicant", Roles.APPLICANT);
        FailingView.failure = () -> {
            throw new RuleViolationException("organisation.required");
        };

        assertThat(open(FailingView.PATH)).isEqualTo(409);

        assertPage("refused", "无法打开此页面", "请先登记申报单位", HOME);
        assertNoInternals("organisation.required");
    }

    @Test
    void a_refusal_wrapped_by_a_framework_still_gets_its_own_page() {
        login("applicant", Roles.APPLICANT);
        FailingView.failure = () -> {
            throw new IllegalStateException("listener failed", new RuleViolationException("application.notFound"));
        };

        assertThat(open(FailingView.PATH)).isEqualTo(404);

        assertPage("not-found", NOT_FOUND, "未找到该申报", HOME);
        assertNoInternals("listener failed");
    }

    @Test
    void anything_else_shows_something_went_wrong_without_the_exception() {
        login("applicant", Roles.APPLICANT);
        FailingView.failure = () -> {
            throw new IllegalStateException("select secret from internals", new NullPointerException("deep inside"));
        };

        assertThat(open(FailingView.PATH)).isEqualTo(500);

        assertPage("failed", "出错了", "打开此页面时系统出现意外错误，请稍后重试。如仍有问题，请联系系统管理员。", HOME);
        assertNoInternals("select secret", "deep inside", "NullPointer");
    }

    @Test
    void anything_else_in_english() {
        login("applicant", Roles.APPLICANT);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        FailingView.failure = () -> {
            throw new IllegalStateException("select secret from internals");
        };

        assertThat(open(FailingView.PATH)).isEqualTo(500);

        assertPage("failed", "Something went wrong",
                "An unexpected error occurred while opening this page. Please try again later, or ask the system administrator if it persists.",
                "Back to the home page");
        assertNoInternals("select secret");
    }

    @Test
    void the_language_chosen_with_the_switch_is_kept_for_the_download_endpoints() {
        login("applicant", Roles.APPLICANT);
        open("no-such-page");

        _setValue(_get(LanguageSwitch.class), Locale.ENGLISH);

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(Translations.SESSION_LOCALE)).isEqualTo(Locale.ENGLISH);
    }

    /** A guard for every route with a parameter, now and later: a value that is no id ends on the not-found page. */
    @Test
    void every_route_with_a_parameter_answers_a_malformed_one_with_not_found() {
        List<String> failures = new ArrayList<>();
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getTemplate().contains(":")).toList();
        assertThat(routes).as("routes with parameters").hasSizeGreaterThan(10);
        for (RouteData route : routes) {
            RolesAllowed roles = route.getNavigationTarget().getAnnotation(RolesAllowed.class);
            String role = roles == null ? Roles.APPLICANT : roles.value()[0];
            login("someone-" + role.toLowerCase(Locale.ROOT), role);
            // Not a number; and a number of 19 digits beyond the largest long.
            for (String value : List.of("abc", "9999999999999999999")) {
                String path = route.getTemplate().replaceAll(":[A-Za-z]+[?*]?(\\([^/]*\\))?", value);
                int status = open(path);
                boolean notFoundPage = !com.github.mvysny.kaributesting.v10.LocatorJ._find(H2.class, spec -> spec.withId("not-found")).isEmpty();
                if (status != 404 || !notFoundPage) {
                    failures.add(path + " as " + role + " answered " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Opens {@code path} as the browser would, and returns the HTTP status the page answers with. */
    private static int open(String path) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PROGRAMMATIC);
    }

    private static void assertPage(String titleId, String title, String detail, String home) {
        assertThat(_get(H2.class, spec -> spec.withId(titleId)).getText()).isEqualTo(title);
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-detail")).getText()).isEqualTo(detail);
        RouterLink link = _get(RouterLink.class, spec -> spec.withId("home-link"));
        assertThat(link.getText()).isEqualTo(home);
        assertThat(link.getHref()).as("the home route").isEmpty();
        assertThat(_get(MainLayout.class)).as("inside the app's layout").isNotNull();
    }

    /** Nothing of the exception, its message or key, a stack trace, or the routes of the application is on the page. */
    private static void assertNoInternals(String... alsoAbsent) {
        // The UI's own element renders without its children: the page is what the UI holds, the app's layout.
        String page = UI.getCurrent().getChildren().map(c -> c.getElement().getOuterHTML()).collect(Collectors.joining());
        assertThat(page).as("the page rendered").contains("home-link");
        assertThat(page).doesNotContainIgnoringCase("exception")
                .doesNotContain("org.brandaward", "com.vaadin", "java.lang", "\tat ", ".java:", "[]",
                        "Available routes", "Could not navigate", "There was an exception",
                        // routes in no menu of the roles these tests sign in as, as Vaadin's list would show them
                        "admin/calendar", "admin/accounts", "tasks/scoring", "signup");
        for (String absent : alsoAbsent) {
            assertThat(page).doesNotContain(absent);
        }
    }

    /** A page that fails while it opens with whatever the test sets; a route of the test's session only. */
    @Tag(Tag.DIV)
    @PermitAll
    public static class FailingView extends Div implements BeforeEnterObserver {

        static final String PATH = "test/failing";
        static volatile Runnable failure;

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            if (failure != null) {
                failure.run();
            }
        }
    }
}
