package org.brandaward.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.util.Map;

/**
 * One sign-in for everything: the Vaadin login view authenticates, the same session opens Camunda's
 * Cockpit/Tasklist for admins only (Camunda reads the user from Spring Security, see {@link CamundaSingleSignOn}).
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // A plain securityMatcher("/camunda/**") misses the requests Jersey serves; the path pattern matcher sees them.
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(CAMUNDA_PATHS))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.ADMIN))
                // Camunda's webapps protect themselves with their own CSRF token filter.
                .csrf(AbstractHttpConfigurer::disable)
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
        http.securityMatcher(PUBLIC_PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, SessionRegistry sessionRegistry, SignedInSessions signedIn) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH));
        // A new session id at sign-in (no fixation); every session registered, so SignedInSessions can end them.
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl(LOGIN_PATH));
        http.addFilterBefore(signedIn.changesOnEveryNode(), ConcurrentSessionFilter.class);
        return http.build();
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
