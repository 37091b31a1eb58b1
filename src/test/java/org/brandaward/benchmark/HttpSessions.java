package org.brandaward.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens signed-in Vaadin sessions the way a browser does, without one: the login page (Spring Security's CSRF token
 * is in its meta tags), the form login's POST, the bootstrap page of the first route, Vaadin's init request that
 * creates the UI ({@code ?v-r=init}) and the {@code ui-navigate} event that builds the route's view in that UI (what
 * Flow.js sends next). Each session is a separate HTTP session with its own cookies.
 */
final class HttpSessions {

    static final Pattern LOGIN_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern VAADIN_SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String username;
    private final String password;

    HttpSessions(String base, String username, String password) {
        this.base = base;
        this.username = username;
        this.password = password;
    }

    /** One more signed-in session holding one UI on the user's first view. */
    void open() throws IOException, InterruptedException {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> loginPage = send(cookies, get("login"));
        assertThat(loginPage.statusCode()).as("GET /login").isEqualTo(200);
        String csrf = group(LOGIN_CSRF, loginPage.body(), "the CSRF token of the login page");

        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        HttpResponse<String> signIn = send(cookies, request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signIn.statusCode()).as("POST /login").isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).as("where the sign-in leads").hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));

        assertThat(send(cookies, get("")).statusCode()).as("GET / (the bootstrap page)").isEqualTo(200);
        HttpResponse<String> init = send(cookies, get("?v-r=init&location=&query="));
        assertThat(init.statusCode()).as("Vaadin's init request").isEqualTo(200);
        String securityKey = group(VAADIN_SECURITY_KEY, init.body(), "the UI's security key");

        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"","query":"",\
                "appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}""".formatted(securityKey);
        HttpResponse<String> view = send(cookies, request("?v-r=uidl&v-uiId=0")
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)));
        assertThat(view.statusCode()).as("the ui-navigate request").isEqualTo(200);
        assertThat(view.body()).as("the view the UI navigated to").contains("current-user");
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(Map<String, String> cookies, HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return response;
    }

    private static String group(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(what).isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
