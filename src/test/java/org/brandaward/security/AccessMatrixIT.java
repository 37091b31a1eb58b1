package org.brandaward.security;

import org.brandaward.Fixture;
import org.brandaward.IntegrationTest;
import org.brandaward.security.AccessTable.Actor;
import org.brandaward.security.AccessTable.Row;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The authorisation matrix: every public method of our services and components, and every HTTP endpoint of ours, is
 * called by every actor of {@link AccessScenario} and must let through exactly the actors its row in
 * {@code security/access-matrix.txt} names. A method or endpoint without a row fails, and so does a row naming none.
 *
 * <p>A service call is refused when it throws {@link AccessDeniedException} (or asks to sign in); anything else —
 * a result, a {@code RuleViolationException}, a failure on the matrix's stand-in arguments — was let through the
 * checks. Each call runs in a transaction rolled back afterwards, so the scenario stays as built. An HTTP request is
 * let through when it answers 2xx (or redirects elsewhere than to the login), refused otherwise: 404 included, which
 * is how a download refuses.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AccessMatrixIT {

    private static final String TABLE = "/security/access-matrix.txt";
    private static final Set<String> FRAMEWORK_PACKAGES = Set.of("java.", "jakarta.", "org.springframework.", "com.vaadin.", "org.camunda.");

    @Autowired ApplicationContext context;
    @Autowired AccessScenario scenarioBuilder;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MockMvc mvc;
    @Autowired RequestMappingHandlerMapping mappings;

    private Map<String, Row> table;

    @BeforeEach
    void theScenarioAndTheTable() throws IOException {
        scenarioBuilder.build();
        table = AccessTable.read(TABLE);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void every_public_service_method_lets_through_exactly_the_actors_of_its_row() throws IOException {
        Map<String, Set<Actor>> observed = new TreeMap<>();
        Map<String, Map<String, String>> bindingsOf = new TreeMap<>();
        for (Object bean : ourBeans()) {
            for (Method method : publicMethods(AopUtils.getTargetClass(bean))) {
                method.setAccessible(true); // a package's own class: its views and services call it, so it is in the matrix too
                String subject = serviceSubject(method);
                Map<String, String> bindings = bindingsOf(subject);
                bindingsOf.put(subject, bindings);
                observed.put(subject, lettingThrough(bean, method, bindings));
            }
        }
        int cases = observed.size() * Actor.values().length;
        System.out.printf("access matrix: %d service methods x %d actors = %d cases%n", observed.size(), Actor.values().length, cases);
        assertThat(observed).as("service methods").hasSizeGreaterThan(200);
        assertMatchesTable("service ", observed, bindingsOf);
    }

    @Test
    void every_http_endpoint_of_ours_lets_through_exactly_the_actors_of_its_row() throws Exception {
        Map<String, Set<Actor>> observed = new TreeMap<>();
        Map<String, Map<String, String>> bindingsOf = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("org.brandaward")) {
                continue;
            }
            Set<String> verbs = mapping.getKey().getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (String verb : verbs.isEmpty() ? Set.of("GET") : verbs) {
                    String subject = "http " + verb + " " + pattern;
                    Map<String, String> bindings = bindingsOf(subject);
                    bindingsOf.put(subject, bindings);
                    Set<Actor> allowed = EnumSet.noneOf(Actor.class);
                    for (Actor actor : Actor.values()) {
                        if (answers(verb, pattern, bindings, actor)) {
                            allowed.add(actor);
                        }
                    }
                    observed.put(subject, allowed);
                }
            }
        }
        System.out.printf("access matrix: %d endpoints x %d actors = %d cases%n", observed.size(), Actor.values().length,
                observed.size() * Actor.values().length);
        assertThat(observed).as("endpoints").hasSizeGreaterThan(20);
        assertMatchesTable("http ", observed, bindingsOf);
    }

    // ---- service methods

    private Collection<Object> ourBeans() {
        return context.getBeansWithAnnotation(org.springframework.stereotype.Component.class).values().stream()
                .filter(bean -> isOurService(AopUtils.getTargetClass(bean)))
                .toList();
    }

    /**
     * Our services and components — not the test fixtures, the delegates and listeners the engine calls, the
     * controllers (they are the endpoints), configuration, nor the embedded database server.
     */
    private static boolean isOurService(Class<?> type) {
        return type.getPackageName().startsWith("org.brandaward") && !isTestCode(type)
                && !type.getPackageName().startsWith("org.brandaward.database")
                && !type.isAnnotationPresent(Fixture.class)
                && !type.isAnnotationPresent(Configuration.class)
                && !type.isAnnotationPresent(Controller.class) && !type.isAnnotationPresent(RestController.class)
                && !JavaDelegate.class.isAssignableFrom(type) && !ExecutionListener.class.isAssignableFrom(type)
                && !TaskListener.class.isAssignableFrom(type)
                && (type.isAnnotationPresent(Service.class) || type.isAnnotationPresent(org.springframework.stereotype.Component.class));
    }

    /** The test's own beans (the test clock) are not the application's. */
    private static boolean isTestCode(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }

    /** Public methods declared by the class itself, without those a framework interface defines or Spring calls on events. */
    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> !m.isAnnotationPresent(EventListener.class) && !m.isAnnotationPresent(TransactionalEventListener.class)
                        && !m.isAnnotationPresent(Scheduled.class))
                .filter(m -> !definedByFramework(type, m))
                .toList();
    }

    private static boolean definedByFramework(Class<?> type, Method method) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> contract : c.getInterfaces()) {
                if (FRAMEWORK_PACKAGES.stream().anyMatch(contract.getName()::startsWith)
                        && Arrays.stream(contract.getMethods()).anyMatch(m -> m.getName().equals(method.getName())
                        && Arrays.equals(m.getParameterTypes(), method.getParameterTypes()))) {
                    return true;
                }
            }
        }
        return false;
    }

    static String serviceSubject(Method method) {
        return "service " + method.getDeclaringClass().getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }

    private Set<Actor> lettingThrough(Object bean, Method method, Map<String, String> bindings) {
        Set<Actor> allowed = EnumSet.noneOf(Actor.class);
        for (Actor actor : Actor.values()) {
            Object[] arguments = arguments(method, bindings);
            SecurityContextHolder.getContext().setAuthentication(AccessScenario.actors.get(actor));
            Boolean refused = new TransactionTemplate(transactions).execute(status -> {
                status.setRollbackOnly(); // the scenario stays as built for the next call
                try {
                    method.invoke(bean, arguments);
                    return false;
                } catch (InvocationTargetException e) {
                    return isRefusal(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            });
            SignIn.out();
            if (!Boolean.TRUE.equals(refused)) {
                allowed.add(actor);
            }
        }
        return allowed;
    }

    private static boolean isRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof AuthenticationException) {
                return true;
            }
        }
        return false;
    }

    /** The scenario's id for each parameter, by its name (or the row's binding); stand-ins for everything else. */
    private Object[] arguments(Method method, Map<String, String> bindings) {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = argument(parameters[i].getType(), parameters[i].getName(), bindings);
        }
        return arguments;
    }

    private Object argument(Class<?> type, String name, Map<String, String> bindings) {
        Object bound = bound(name, bindings);
        if (type == long.class || type == Long.class) {
            return bound instanceof Long id ? id : AccessScenario.ids.get("application");
        }
        if (type == String.class) {
            return bound instanceof String text ? text : "x";
        }
        if (type == UUID.class) {
            return bound instanceof UUID key ? key : AccessScenario.ids.get("attachmentKey");
        }
        if (type == int.class || type == Integer.class) {
            return AccessScenario.PUBLISHED_YEAR;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == byte[].class) {
            return new byte[] {1};
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(AccessScenario.OPEN_YEAR, 1, 1);
        }
        if (type == Instant.class) {
            return Instant.parse("2142-01-01T00:00:00Z");
        }
        if (type.isAssignableFrom(List.class)) {
            return List.of();
        }
        if (type.isAssignableFrom(Set.class)) {
            return Set.of();
        }
        if (type.isAssignableFrom(Map.class)) {
            return Map.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        try {
            return type.getConstructor().newInstance(); // an empty form
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /**
     * The scenario's value of a parameter: the row's binding ({@code applicationId=recognised}; {@code task=county}
     * also sets the application to that task's), else by the parameter's name.
     */
    private Object bound(String name, Map<String, String> bindings) {
        String task = bindings.get("task");
        if (bindings.containsKey(name)) {
            return AccessScenario.ids.get(bindings.get(name));
        }
        if (task != null && name.equals("taskId")) {
            return AccessScenario.ids.get("task:" + task);
        }
        if (task != null && name.equals("applicationId")) {
            return AccessScenario.ids.get(task.equals("scoring") || task.equals("declaration") ? "application" : task);
        }
        return switch (name) {
            case "applicationId" -> AccessScenario.ids.get("application");
            case "titleApplicationId" -> AccessScenario.ids.get("recognised");
            case "roundId" -> AccessScenario.ids.get("round");
            case "organisationId" -> AccessScenario.ids.get("organisation");
            case "certificateId" -> AccessScenario.ids.get("certificate");
            case "meetingId" -> AccessScenario.ids.get("meeting");
            case "expertId" -> AccessScenario.ids.get("expert");
            case "attachmentId" -> AccessScenario.ids.get("attachment");
            case "taskId" -> "no-such-task";
            case "number", "certificateNumber" -> AccessScenario.ids.get("certificateNumber");
            case "publicKey" -> AccessScenario.ids.get("attachmentKey");
            default -> null;
        };
    }

    // ---- HTTP endpoints

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    private boolean answers(String verb, String pattern, Map<String, String> bindings, Actor actor) throws Exception {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            Object value = bound(variables.group(1), bindings);
            variables.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(value == null ? "0" : value)));
        }
        variables.appendTail(path);
        var request = request(HttpMethod.valueOf(verb), path.toString()).with(csrf());
        request.with(actor == Actor.ANONYMOUS ? anonymous() : authentication(AccessScenario.actors.get(actor)));
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        return status >= 200 && status < 300 || status >= 300 && status < 400 && location != null && !location.contains("/login");
    }

    // ---- the table

    private Map<String, String> bindingsOf(String subject) {
        Row row = table.get(subject);
        return row == null ? Map.of() : row.bindings();
    }

    private void assertMatchesTable(String kind, Map<String, Set<Actor>> observed, Map<String, Map<String, String>> bindingsOf)
            throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        Map<String, String> observedLines = new LinkedHashMap<>();
        observed.forEach((subject, allowed) -> {
            String line = AccessTable.line(subject, bindingsOf.get(subject), allowed);
            observedLines.put(subject, line);
            Row row = table.get(subject);
            if (row == null) {
                missing.add(line);
            } else if (!row.allowed().equals(allowed)) {
                differing.add(line + "    # the table says " + AccessTable.names(row.allowed()));
            }
        });
        List<String> stale = table.keySet().stream().filter(s -> s.startsWith(kind) && !observed.containsKey(s)).toList();
        Path written = Path.of("target", "access-matrix-observed-" + kind.strip() + ".txt");
        Files.createDirectories(written.getParent());
        Files.write(written, observedLines.values());
        assertThat(missing).as("methods or endpoints without a row in %s (observed lines, check each before pasting; all observed in %s)",
                TABLE, written).isEmpty();
        assertThat(stale).as("rows in %s naming no method or endpoint", TABLE).isEmpty();
        assertThat(differing).as("rows whose actors differ from what was observed").isEmpty();
    }
}
