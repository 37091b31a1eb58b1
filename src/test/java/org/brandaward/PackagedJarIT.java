package org.brandaward;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.brandaward.organisation.DemoAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The jar that {@code ./mvnw package} builds runs as {@code java -jar}: on a fresh data directory (embedded
 * PostgreSQL), in Vaadin's production mode, with the production bundle that the login page loads, and signs in the
 * first administrator in Chromium — as a bureau starts it ({@code BRAND_AWARD_INITIAL_ADMIN_PASSWORD} set, nothing said
 * about demo data, so there are no demo accounts: {@code admin}/{@code demo1234} is refused). A development build
 * without its frontend fails here. Runs in {@code verify}, after {@code package}.
 */
class PackagedJarIT {

    static final Duration STARTUP = Duration.ofMinutes(4);
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String READY = "Initial administrator administrator created";
    static final Pattern BUNDLE_SCRIPT = Pattern.compile("VAADIN/build/[\\w.-]+\\.js");
    static final Pattern ERROR_LINE = Pattern.compile("\\bERROR\\b");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path workDirectory;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Path log = Path.of("target", "packaged-jar-it.log");
    Process application;

    @Test
    void the_packaged_jar_starts_in_production_mode_and_serves_its_frontend_bundle() throws Exception {
        Path jar = PackagedJar.path();
        int port = PackagedJar.freePort();
        String password = UUID.randomUUID().toString();
        start(jar, port, password);
        String base = "http://localhost:" + port + "/";
        awaitReady(base + "login");

        HttpResponse<String> login = get(base + "login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).as("the login page").doesNotContain("window.Vaadin.developmentMode = true");
        Set<String> scripts = new TreeSet<>();
        Matcher matcher = BUNDLE_SCRIPT.matcher(login.body());
        while (matcher.find()) {
            scripts.add(matcher.group());
        }
        assertThat(scripts).as("bundle scripts the login page loads").anyMatch(s -> s.startsWith("VAADIN/build/indexhtml-"));
        for (String script : scripts) {
            HttpResponse<String> response = get(base + script);
            assertThat(response.statusCode()).as(script).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(script).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
            assertThat(response.body()).as(script).isNotEmpty();
        }

        signInInChromium(base, password);

        stop();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output).contains("Vaadin is running in production mode").doesNotContain("DEVELOPMENT mode")
                .as("no demo data unless asked for").doesNotContain("Demo account", "Demo expert");
        assertThat(output.lines().filter(line -> ERROR_LINE.matcher(line).find()).toList()).as("ERROR lines in " + log).isEmpty();
        assertThat(workDirectory.resolve("data/postgres/postmaster.pid")).as("the embedded PostgreSQL stopped with the application").doesNotExist();
    }

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        if (application != null && application.isAlive()) {
            application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        // a killed JVM leaves its PostgreSQL behind (pg_ctl starts it outside the JVM's process tree)
        Path postmaster = workDirectory.resolve("data/postgres/postmaster.pid");
        if (Files.exists(postmaster)) {
            long pid = Long.parseLong(Files.readAllLines(postmaster).get(0).strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }

    private void start(Path jar, int port, String password) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // less JIT work while the application starts on a small shared machine; it changes no behaviour
                "-XX:TieredStopAtLevel=1",
                "-jar", jar.toAbsolutePath().toString())
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("BRAND_AWARD_"));
        environment.put("BRAND_AWARD_DATA_DIR", workDirectory.resolve("data").toString());
        environment.put("PORT", Integer.toString(port));
        environment.put("BRAND_AWARD_INITIAL_ADMIN_PASSWORD", password);
        application = builder.start();
    }

    /** Up when the login page answers and the last startup runner (the first administrator) is done. */
    private void awaitReady(String loginUrl) throws Exception {
        // A timeout, not a date: measured on the monotonic clock.
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!application.isAlive()) {
                fail("java -jar exited with " + application.exitValue() + " before it was up:\n" + tail());
            }
            if (Files.readString(log, StandardCharsets.UTF_8).contains(READY)) {
                try {
                    if (get(loginUrl).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // keep waiting
                }
            }
            Thread.sleep(500);
        }
        fail("java -jar was not up within " + STARTUP + ":\n" + tail());
    }

    private void signInInChromium(String base, String password) {
        assertThat(Files.isExecutable(CHROMIUM)).as("browser tests need Debian's chromium: apt-get install chromium").isTrue();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM)
                     .setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update")));
             Page page = browser.newPage()) {
            page.setDefaultTimeout(30_000);
            List<String> pageErrors = new ArrayList<>();
            page.onPageError(pageErrors::add);
            page.navigate(base + "login");
            page.locator("#vaadinLoginUsername input").fill("admin");
            page.locator("#vaadinLoginPassword input").fill(DemoAccounts.PASSWORD);
            page.locator("#vaadinLoginPassword input").press("Enter");
            page.waitForURL(Pattern.compile(".*/login\\?error.*"));
            assertThat(page.locator("#current-user")).hasCount(0); // no demo administrator
            page.locator("#vaadinLoginUsername input").fill("administrator");
            page.locator("#vaadinLoginPassword input").fill(password);
            page.locator("#vaadinLoginPassword input").press("Enter");
            assertThat(page.locator("#current-user")).containsText("administrator");
            assertThat(pageErrors).as("script errors in the page").isEmpty();
        }
    }

    private void stop() throws Exception {
        application.destroy();
        if (!application.waitFor(60, TimeUnit.SECONDS)) {
            fail("java -jar did not stop within 60 s of SIGTERM:\n" + tail());
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
