package org.brandaward.security;

import org.brandaward.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every request outside Vaadin that can change something (POST, PUT, PATCH, DELETE, or a mapping open to every
 * method) refuses a request without the CSRF token before its handler runs, and reaches its handler with one. The
 * endpoints come from Spring's handler mapping: a new one without a row here fails the test. (Vaadin's own requests
 * carry Vaadin's token, checked by Vaadin; Camunda's webapps have their own CSRF filter, see CamundaAccessIT.)
 */
@IntegrationTest
@AutoConfigureMockMvc
class CsrfIT {

    /** Each state-changing endpoint and a request to it, filled in as its form would be. */
    private static final Map<String, Supplier<MockHttpServletRequestBuilder>> ENDPOINTS = Map.of(
            // 异议: the public's objection form, with an evidence file
            "POST /public/notices/{roundId}/objections", () -> multipart("/public/notices/{roundId}/objections", 987654)
                    .file(new MockMultipartFile("evidence", "证据.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                    .param("candidateId", "1").param("objectorName", "张三").param("idNumber", "x")
                    .param("grounds", "伪造"),
            // 消费者评价: a rating of one candidate
            "POST /public/ratings/{key}", () -> post("/public/ratings/{key}", UUID.randomUUID()).param("q.1", "5"));

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired JdbcTemplate jdbc;

    @Test
    void every_state_changing_endpoint_of_ours_has_a_row() {
        assertThat(stateChangingEndpoints()).isEqualTo(new TreeSet<>(ENDPOINTS.keySet()));
    }

    @Test
    void each_refuses_a_request_without_the_token_before_its_handler_runs_and_reaches_it_with_one() throws Exception {
        for (var endpoint : ENDPOINTS.entrySet()) {
            long objections = count("objection");
            long ratings = count("consumer_rating");

            MvcResult without = mvc.perform(endpoint.getValue().get()).andReturn();
            assertThat(without.getResponse().getStatus()).as(endpoint.getKey() + " without a token").isEqualTo(403);
            assertThat(without.getHandler()).as(endpoint.getKey() + " without a token: no handler ran").isNull();
            MvcResult forged = mvc.perform(endpoint.getValue().get().with(csrf().useInvalidToken())).andReturn();
            assertThat(forged.getResponse().getStatus()).as(endpoint.getKey() + " with a wrong token").isEqualTo(403);
            assertThat(forged.getHandler()).isNull();
            assertThat(count("objection")).isEqualTo(objections);
            assertThat(count("consumer_rating")).isEqualTo(ratings);

            MvcResult with = mvc.perform(endpoint.getValue().get().with(csrf())).andReturn();
            assertThat(with.getHandler()).as(endpoint.getKey() + " with the token reaches its handler").isInstanceOf(HandlerMethod.class);
            assertThat(with.getResponse().getStatus()).as(endpoint.getKey() + " with the token").isNotEqualTo(403);
        }
    }

    @Test
    void the_sign_in_form_refuses_a_post_without_the_token() throws Exception {
        MvcResult without = mvc.perform(post("/login").param("username", "admin").param("password", "demo1234")).andReturn();
        assertThat(without.getResponse().getStatus()).as("redirected to " + without.getResponse().getRedirectedUrl()).isEqualTo(403);
        assertThat(without.getRequest().getSession(false) == null
                || without.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null).isTrue();

        MvcResult with = mvc.perform(post("/login").param("username", "admin").param("password", "demo1234").with(csrf())).andReturn();
        assertThat(with.getResponse().getStatus()).isEqualTo(302);
        assertThat(with.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    /** Our handler methods that a POST, PUT, PATCH or DELETE reaches, as "METHOD pattern". */
    private Set<String> stateChangingEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.brandaward")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.values()) : methods) {
                if (Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE).contains(method)) {
                    info.getPatternValues().forEach(pattern -> endpoints.add(method + " " + pattern));
                }
            }
        });
        return endpoints;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
