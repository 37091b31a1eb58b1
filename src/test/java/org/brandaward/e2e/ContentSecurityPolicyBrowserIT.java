package org.brandaward.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our Content-Security-Policy breaks nothing in Chromium: the login page, the office's Vaadin views (combo boxes, grids,
 * dialogs' scripts and styles), a public page, the offline check (its own script, by hash, and its request for the
 * keys) and the admin's Cockpit (Camunda's own policy) run with no refusal reported.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTest {

    @Test
    void vaadin_the_public_pages_the_offline_check_and_cockpit_run_without_a_refusal() {
        try (Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")).newPage()) {
            page.setDefaultTimeout(30_000);
            List<String> violations = cspViolations(page);

            signIn(page, "office");
            page.navigate(url("tasks"));
            assertThat(page.locator("#current-user")).containsText("office");
            page.navigate(url("rounds"));
            assertThat(page.locator("#current-user")).containsText("office");
            signOut(page);

            page.navigate(url("public/notices"));
            assertThat(page.locator("header.site")).isVisible();
            page.navigate(url("verify-offline.html"));
            page.locator("#fetch-keys").click();
            assertThat(page.locator("#keys-status")).containsText("已获取公钥");

            signIn(page, "admin");
            page.locator("#cockpit-link").click();
            page.waitForURL("**/camunda/app/cockpit/default/**");
            assertThat(page.locator("body")).containsText("Processes", new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));

            assertThat(violations).as("what the Content-Security-Policy refused").isEmpty();
        }
    }
}
