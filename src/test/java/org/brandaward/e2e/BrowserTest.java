package org.brandaward.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser test against the running application: Debian's Chromium driven by Playwright, with the sign-in and
 * task steps every flow repeats.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String PASSWORD = "demo1234";

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort int port;

    @BeforeAll
    static void launchChromium() {
        assertThat(Files.isExecutable(CHROMIUM)).as("browser tests need Debian's chromium: apt-get install chromium").isTrue();
        // Web-first assertions wait for the state they expect; on a busy 2-core machine a page can take well over
        // Playwright's default 5 s to get there (Cockpit's scripts, a view's first render).
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * Collects, from now on, what the browser reports the page's Content-Security-Policy refused (console messages
     * and {@code securitypolicyviolation} events, which also catch refusals that log nothing).
     */
    static List<String> cspViolations(Page page) {
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        page.exposeFunction("reportCspViolation", arguments -> {
            violations.add(page.url() + ": " + arguments[0]);
            return null;
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => window.reportCspViolation("
                + "e.violatedDirective + ' refused ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));");
        return violations;
    }

    void openTask(Page page, String username, String taskKey, long applicationId) {
        signIn(page, username);
        // The inbox narrowed to the application: the office's list is longer than the grid renders at once.
        page.navigate(url("tasks?application=" + applicationId));
        page.locator("#open-" + taskKey + "-" + applicationId).click();
    }

    void signIn(Page page, String username) {
        signIn(page, username, PASSWORD);
    }

    void signIn(Page page, String username, String password) {
        page.navigate(url("login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("#vaadinLoginPassword input").press("Enter");
        assertThat(page.locator("#current-user")).containsText(username);
    }

    void signOut(Page page) {
        page.locator("#logout").click();
        page.waitForURL("**/login**");
    }

    /**
     * Picks {@code label} in the combo box {@code id}: types it to filter the list, clicks the item of that exact name
     * in the open overlay, and waits until the box shows it (the next box of a cascade is filled by the server then).
     */
    void pick(Page page, String id, String label) {
        Locator input = page.locator("#" + id + " input");
        input.fill(label);
        // The pattern runs as a JavaScript regular expression: no \Q…\E quoting, so escape by hand.
        String exact = "^\\s*" + label.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + "\\s*$";
        page.locator("vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile(exact))).click();
        assertThat(input).hasValue(label);
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
