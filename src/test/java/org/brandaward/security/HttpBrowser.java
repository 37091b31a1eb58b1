package org.brandaward.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** One HTTP session against the running server, with its cookies, signed in through the login form as a browser is. */
final class HttpBrowser {

    private static final Pattern LOGIN_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    HttpBrowser(int port) {
        this.port = port;
    }

    HttpBrowser signIn(String username, String password) throws IOException, InterruptedException {
        Matcher csrf = LOGIN_CSRF.matcher(get("login").body());
        assertThat(csrf.find()).as("the login page's CSRF token").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signIn = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signIn.statusCode()).as("sign-in of " + username).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).as("sign-in of " + username).doesNotContain("error");
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** A JSON request as Camunda's webapps send it, with their CSRF header. */
    HttpResponse<String> send(String method, String path, String json, String xsrf) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).timeout(Duration.ofSeconds(60));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
