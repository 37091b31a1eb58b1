package org.brandaward.security;

import org.brandaward.organisation.DemoAccounts;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every response of ours carries the security headers: a Vaadin page, a public page, the offline check, a download and
 * Camunda's paths (Camunda's own policy: CamundaAccessIT). HSTS only on a secure request. Vaadin's pages and static
 * files are served by Vaadin's servlet, which MockMvc does not run: those are asked of the running server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityHeadersIT {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_vaadin_page_gets_the_policy_vaadin_needs_and_no_framing() throws Exception {
        HttpResponse<String> login = hardened(new HttpBrowser(port).get("login"), 200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.APPLICATION_POLICY);
        assertThat(SecurityConfiguration.APPLICATION_POLICY)
                .contains("frame-ancestors 'none'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "object-src 'none'");
        assertThat(login.body()).contains("<script");

        HttpBrowser office = new HttpBrowser(port).signIn("office", DemoAccounts.PASSWORD);
        HttpResponse<String> inbox = hardened(office.get("tasks"), 200);
        assertThat(inbox.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.APPLICATION_POLICY);
    }

    @Test
    void a_public_page_runs_no_script_at_all() throws Exception {
        MvcResult page = hardened(get("/public/notices"), 200);
        assertThat(page.getResponse().getHeader("Content-Security-Policy")).isEqualTo(SecurityConfiguration.PUBLIC_POLICY)
                .startsWith("default-src 'none';").doesNotContain("script-src");
        hardened(get("/verify"), 200);
        assertThat(page.getResponse().getContentAsString()).doesNotContain("<script");
    }

    @Test
    void the_offline_check_runs_its_own_script_by_its_hash_and_nothing_else() throws Exception {
        String html = new ClassPathResource("static/verify-offline.html").getContentAsString(StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));

        HttpResponse<String> page = hardened(new HttpBrowser(port).get("verify-offline.html"), 200);
        assertThat(page.body()).isEqualTo(html);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'sha256-" + hash + "';", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline' 'unsafe-eval", "script-src 'self'");
    }

    @Test
    void a_download_is_not_sniffed_nor_framed() throws Exception {
        Round round = roundFixtures.round("sd-famous-product", 2121, null);
        String applicant = organisationFixtures.applicantWithOrganisation("潍坊安全标头风筝有限公司");
        long id = publicationFixtures.recognisedApplication(applicant, round, "标头牌风筝");
        MvcResult pdf = hardened(get("/certificates/{id}.pdf", id).with(user(applicant).roles(Roles.APPLICANT)), 200);
        assertThat(pdf.getResponse().getContentType()).startsWith("application/pdf");
    }

    @Test
    void camundas_paths_get_the_same_headers_but_leave_the_policy_to_camunda() throws Exception {
        MvcResult refused = hardened(get("/camunda/app/cockpit/default/").with(user("office").roles(Roles.OFFICE)), 403);
        // Camunda's own header filter sends its policy (with a nonce per page): see CamundaAccessIT, on the real server.
        assertThat(refused.getResponse().getHeader("Content-Security-Policy")).isNull();
    }

    @Test
    void hsts_goes_out_on_secure_requests_only() throws Exception {
        assertThat(mvc.perform(get("/public/notices")).andReturn().getResponse().getHeader("Strict-Transport-Security")).isNull();
        assertThat(mvc.perform(get("/public/notices").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .startsWith("max-age=31536000");
        assertThat(mvc.perform(get("/certificates/1.pdf").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .startsWith("max-age=31536000");
    }

    @Test
    void behind_the_proxy_hsts_goes_out_when_the_proxy_on_a_private_address_says_the_request_came_over_tls() throws Exception {
        HttpBrowser visitor = new HttpBrowser(port);
        assertThat(visitor.get("public/notices").headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<String> overTls = visitor.send(visitor.request("public/notices").header("X-Forwarded-Proto", "https").GET());
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).startsWith("max-age=31536000"));
    }

    private static HttpResponse<String> hardened(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        return response;
    }

    private MvcResult hardened(RequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        var response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        return result;
    }
}
