package org.brandaward.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sign-in for everything: the Vaadin login view authenticates, the same session opens Camunda's Cockpit, read
 * only, for admins only (Camunda reads the user from Spring Security, see {@link CamundaSingleSignOn}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String CAMUNDA_PATHS = "/camunda/**";
    /** The route of ui/LoginView: security names it and imports no view, so it does not depend on the shell. */
    static final String LOGIN_PATH = "/login";
    /** Addresses printed on certificates and linked by other sites: they never change once released. */
    static final String[] PUBLIC_PATHS = {"/public", "/public/**", "/api/public/**",
            "/verify", "/v/**", "/.well-known/**", "/verify-offline.html"};

    /**
     * The webapps other than Cockpit, Camunda's first-user setup and its own password login: nobody's (Camunda refuses
     * the webapps too, see CamundaSingleSignOn; users enter through ours).
     */
    static final String[] CAMUNDA_REFUSED = {"/camunda/app/tasklist/**", "/camunda/api/tasklist/**",
            "/camunda/app/admin/**", "/camunda/api/admin/setup/**", "/camunda/api/admin/plugin/**",
            "/camunda/api/admin/auth/user/*/login/**"};
    static final String OFFLINE_PAGE = "/verify-offline.html";
    /** Spring Boot's error page: a public page that fails shows it to the visitor instead of sending them to sign in. */
    static final String ERROR_PATH = "/error";
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    /**
     * Vaadin's client engine is started by an inline script and runs the expressions the server sends (executeJs,
     * event data) as constructed functions, and its components set inline styles: Vaadin's documentation names
     * {@code script-src 'unsafe-inline' 'unsafe-eval'} and {@code style-src 'unsafe-inline'} as required. Everything
     * else comes from our own origin; {@code connect-src 'self'} covers its websocket (development mode's live reload).
     */
    static final String APPLICATION_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** The public Thymeleaf pages run no script at all; their style is inline in the layout. */
    static final String PUBLIC_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // A plain securityMatcher("/camunda/**") misses the requests Jersey serves; the path pattern matcher sees them.
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(CAMUNDA_PATHS))
                // Cockpit only: our users' tasks are worked in our views, and Camunda's users and grants are ours to set.
                .authorizeHttpRequests(requests -> requests.requestMatchers(paths(CAMUNDA_REFUSED)).denyAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                // Camunda's webapps protect themselves with their own CSRF token filter, and send their own CSP (a nonce
                // per page, frame-ancestors 'none'); a second policy would refuse their scripts.
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityConfiguration::hardened)
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH)));
        return http.build();
    }

    /**
     * The public's pages and open data: no sign-in, whoever is signed in or not. Forms carry the CSRF token (Thymeleaf
     * adds it to every {@code th:action} form). What a page may show is decided by the service it calls, whose methods
     * grant {@code permitAll()} by name.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        RequestMatcher offlinePage = PathPatternRequestMatcher.withDefaults().matcher(OFFLINE_PAGE);
        http.securityMatcher(publicOrError())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> hardened(headers)
                        .addHeaderWriter(policy(offlinePage, offlinePagePolicy()))
                        .addHeaderWriter(policy(new NegatedRequestMatcher(offlinePage), PUBLIC_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, RequestUtil vaadinRequests, SessionRegistry sessionRegistry,
            SignedInSessions signedIn) throws Exception {
        // Vaadin's own CSRF set-up also exempts the login form's POST; ours exempts only Vaadin's internal requests
        // (which carry Vaadin's token): the login form sends Spring's token from the page's _csrf meta tags, so no
        // other site can sign a visitor in to an account of its choosing.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH).enableCsrfConfiguration(false))
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .headers(headers -> hardened(headers).contentSecurityPolicy(csp -> csp.policyDirectives(APPLICATION_POLICY)));
        // A new session id at sign-in (no fixation); every session registered, so SignedInSessions can end them.
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl(LOGIN_PATH));
        http.addFilterBefore(signedIn.changesOnEveryNode(), ConcurrentSessionFilter.class);
        return http.build();
    }

    /**
     * Besides Spring's defaults (nosniff, X-Frame-Options DENY, no caching, HSTS on secure requests only): no address
     * of ours, such as a certificate's /v/ payload, goes to another site in a Referer.
     */
    private static HeadersConfigurer<HttpSecurity> hardened(HeadersConfigurer<HttpSecurity> headers) {
        return headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    private static String[] publicOrError() {
        String[] paths = Arrays.copyOf(PUBLIC_PATHS, PUBLIC_PATHS.length + 1);
        paths[PUBLIC_PATHS.length] = ERROR_PATH;
        return paths;
    }

    private static RequestMatcher[] paths(String... patterns) {
        return Arrays.stream(patterns).map(PathPatternRequestMatcher.withDefaults()::matcher).toArray(RequestMatcher[]::new);
    }

    private static HeaderWriter policy(RequestMatcher requests, String directives) {
        return new DelegatingRequestMatcherHeaderWriter(requests, new StaticHeadersWriter(CONTENT_SECURITY_POLICY, directives));
    }

    /** The offline check's own inline script, by its hash: the page runs that and nothing else. */
    static String offlinePagePolicy() {
        String page;
        try {
            page = new ClassPathResource("static" + OFFLINE_PAGE).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder hashes = new StringBuilder();
        Matcher script = INLINE_SCRIPT.matcher(page);
        while (script.find()) {
            hashes.append(" 'sha256-").append(Base64.getEncoder().encodeToString(sha256(script.group(1)))).append('\'');
        }
        return "default-src 'none'; script-src" + hashes + "; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:;"
                + " form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOnFilter() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", CamundaSingleSignOn.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
