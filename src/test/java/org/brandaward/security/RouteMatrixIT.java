package org.brandaward.security;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletRequest;
import org.brandaward.KaribuTest;
import org.brandaward.security.AccessTable.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Vaadin route of ours, opened by URL by every role, from one table ({@code security/route-matrix.txt}): a role
 * the route does not grant gets the refused page (403, or the login for a visitor), a role it grants passes the gate
 * (an id that names nothing then ends on the not-found page, never the refused one). And an id of someone else's
 * record in a route parameter is refused by the service behind the view, not merely left out of a menu.
 */
class RouteMatrixIT extends KaribuTest {

    private static final String TABLE = "/security/route-matrix.txt";
    /** How the table names the home route, whose template is empty. */
    private static final String HOME = "(home)";
    /** The roles a route is opened as; a recommender of A's county stands for its role. */
    private static final List<Actor> ROLES = List.of(Actor.ANONYMOUS, Actor.APPLICANT_A, Actor.COUNTY_IN, Actor.EXPERT_DECLARED,
            Actor.OFFICE, Actor.COMMITTEE, Actor.ADMIN);

    @Autowired AccessScenario scenario;

    @Test
    void every_route_opens_for_the_roles_of_its_row_and_refuses_every_other() throws IOException {
        scenario.build();
        Map<String, String> table = readTable();
        Map<String, String> observed = new TreeMap<>();
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getNavigationTarget().getPackageName().startsWith("org.brandaward")).toList();
        for (RouteData route : routes) {
            // An id of the right form that names nothing: a route that lets the role through ends on not-found.
            String path = route.getTemplate().replaceAll(":[A-Za-z]+[?*]?(\\([^/]*\\))?", "999999999");
            List<String> opened = new ArrayList<>();
            for (Actor actor : ROLES) {
                MockVaadinLogin.as(AccessScenario.actors.get(actor), actor == Actor.ANONYMOUS);
                open("login"); // open to all: no view of the previous round stays on screen when a visitor is sent away
                if (letThrough(route, open(path))) {
                    opened.add(actor.name());
                }
            }
            observed.put(route.getTemplate().isEmpty() ? HOME : route.getTemplate(), opened.isEmpty() ? "NOBODY" : String.join(" ", opened));
        }
        System.out.printf("route matrix: %d routes x %d roles = %d cases%n", observed.size(), ROLES.size(), observed.size() * ROLES.size());
        assertThat(routes).as("routes").hasSizeGreaterThan(30);
        List<String> differences = new ArrayList<>();
        observed.forEach((route, opened) -> {
            if (!opened.equals(table.get(route))) {
                differences.add("%-50s : %s    # the table says %s".formatted(route, opened, table.get(route)));
            }
        });
        table.keySet().stream().filter(r -> !observed.containsKey(r)).forEach(r -> differences.add(r + " : no such route"));
        assertThat(differences).as("routes whose roles differ from %s (observed lines to check)", TABLE).isEmpty();
    }

    @Test
    void another_organisations_application_by_url_is_refused_by_the_service() {
        scenario.build();
        long theirs = (Long) AccessScenario.ids.get("application");
        MockVaadinLogin.as(AccessScenario.actors.get(Actor.APPLICANT_B), false);

        assertThat(open("applications/" + theirs)).isEqualTo(403);
        assertRefusedPage();
        assertThat(open("applications/" + theirs + "/edit")).isEqualTo(403);
        assertRefusedPage();
        assertThat(open("applications/" + AccessScenario.ids.get("draft") + "/edit")).isEqualTo(403);

        MockVaadinLogin.as(AccessScenario.actors.get(Actor.APPLICANT_A), false);
        assertThat(open("applications/" + theirs)).as("its own applicant").isEqualTo(200);
    }

    @Test
    void a_task_of_someone_else_by_url_is_refused_by_the_service() {
        scenario.build();
        Map<String, List<Actor>> refusedTo = new LinkedHashMap<>();
        refusedTo.put("tasks/recommendation/" + AccessScenario.ids.get("task:county"), List.of(Actor.COUNTY_OUT, Actor.CITY_OUT, Actor.CITY_IN));
        refusedTo.put("tasks/scoring/" + AccessScenario.ids.get("task:scoring"), List.of(Actor.EXPERT_UNDECLARED, Actor.EXPERT_UNASSIGNED));
        refusedTo.put("tasks/declaration/" + AccessScenario.ids.get("task:declaration"), List.of(Actor.EXPERT_DECLARED, Actor.EXPERT_UNASSIGNED));
        List<String> opened = new ArrayList<>();
        refusedTo.forEach((path, actors) -> actors.forEach(actor -> {
            MockVaadinLogin.as(AccessScenario.actors.get(actor), false);
            int status = open(path);
            if (status != 403 || !refusedPageShown()) {
                opened.add(path + " as " + actor + " answered " + status);
            }
        }));
        assertThat(opened).isEmpty();

        MockVaadinLogin.as(AccessScenario.actors.get(Actor.COUNTY_IN), false);
        assertThat(open("tasks/recommendation/" + AccessScenario.ids.get("task:county"))).as("its own bureau").isEqualTo(200);
        MockVaadinLogin.as(AccessScenario.actors.get(Actor.EXPERT_DECLARED), false);
        assertThat(open("tasks/scoring/" + AccessScenario.ids.get("task:scoring"))).as("its own expert").isEqualTo(200);
    }

    /**
     * Whether the role got past the route's gate: the view itself is shown, or — for an id that names nothing — the
     * not-found page. The refused page, the login a visitor is sent to, or the page left from before are not.
     */
    private static boolean letThrough(RouteData route, int status) {
        if (status == 403 || refusedPageShown()) {
            return false;
        }
        return !_find(route.getNavigationTarget()).isEmpty()
                || status == 404 && !_find(H2.class, spec -> spec.withId("not-found")).isEmpty();
    }

    private static void assertRefusedPage() {
        assertThat(refusedPageShown()).as("the refused page").isTrue();
    }

    private static boolean refusedPageShown() {
        return !_find(H2.class, spec -> spec.withId("access-denied")).isEmpty();
    }

    private static int open(String path) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PROGRAMMATIC);
    }

    private static Map<String, String> readTable() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        try (InputStream in = RouteMatrixIT.class.getResourceAsStream(TABLE)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = (line.contains("#") ? line.substring(0, line.indexOf('#')) : line).strip();
                if (!text.isEmpty()) {
                    String[] parts = text.split(" : ");
                    rows.put(parts[0].strip(), Arrays.stream(parts[1].strip().split("\\s+")).collect(Collectors.joining(" ")));
                }
            }
        }
        return rows;
    }

    /** Signs the faked Vaadin request in as the actor (its role and region), or out for a visitor. */
    private static final class MockVaadinLogin {

        static void as(Authentication authentication, boolean anonymous) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            if (anonymous) {
                SignIn.out();
                request.setUserPrincipalInt(null);
                request.setUserInRole((principal, role) -> false);
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(authentication);
            Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> roles.contains(role));
        }
    }
}
