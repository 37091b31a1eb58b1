package org.brandaward.workflow;

import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.ScanResult;
import org.brandaward.IntegrationTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process-model guardrails of ARCHITECTURE.md, over every model in {@code bpmn/}: a call activity calls a process
 * that is there and hands it the application's business key and id (the workflow finds an application's tasks and
 * waits by that key, and a task's application by that id); a {@code delegateExpression} names a Spring bean; a
 * {@code formKey} names the Vaadin route the inbox opens it with; a task key the code names is a user task of a model.
 */
@IntegrationTest
class ProcessModelsIT {

    private static final Path MODELS = Path.of("bpmn");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}");
    /**
     * Form keys no inbox opens, with the reason. The applicant has no task inbox: a supplement request is answered
     * from 我的申报, in the application's form ({@code applications/:applicationId/edit}).
     */
    private static final Map<String, String> NOT_OPENED_BY_AN_INBOX = Map.of(
            "applications/supplement", "the applicant answers in applications/:applicationId/edit, reached from 我的申报");

    private static Map<String, BpmnModelInstance> models;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void readModels() throws IOException {
        models = new TreeMap<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            files.filter(f -> f.toString().endsWith(".bpmn"))
                    .forEach(f -> models.put(f.getFileName().toString(), Bpmn.readModelFromFile(f.toFile())));
        }
        assertThat(models).as("models in " + MODELS.toAbsolutePath()).isNotEmpty();
    }

    @Test
    void every_called_element_is_a_process_in_bpmn() {
        Set<String> processes = collect(model -> model.getModelElementsByType(Process.class).stream().map(Process::getId));
        Map<String, String> calledElements = byElement(CallActivity.class, CallActivity::getCalledElement);
        assertThat(calledElements).isNotEmpty();

        calledElements.forEach((where, called) -> assertThat(processes).as(where + " calls " + called).contains(called));
    }

    @Test
    void every_call_activity_hands_on_the_business_key_and_the_application_or_round_id() {
        Map<String, List<CamundaIn>> ins = byElement(CallActivity.class, call -> call.getExtensionElements() == null ? List.of()
                : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list());
        assertThat(ins).isNotEmpty();

        ins.forEach((where, in) -> {
            assertThat(in).as(where + ": in businessKey=\"#{execution.processBusinessKey}\"")
                    .anyMatch(i -> "#{execution.processBusinessKey}".equals(i.getCamundaBusinessKey()));
            // an application's process hands on its application, a round's process (round-decision) its round
            assertThat(in).as(where + ": in source=target=\"applicationId\" (or \"roundId\" in a round's process)")
                    .anyMatch(i -> i.getCamundaSource() != null
                            && Set.of(ProcessVariables.APPLICATION_ID, ProcessVariables.ROUND_ID).contains(i.getCamundaSource())
                            && i.getCamundaSource().equals(i.getCamundaTarget()));
        });
    }

    @Test
    void every_delegate_expression_names_a_spring_bean() {
        Map<String, String> expressions = attributes("delegateExpression");
        assertThat(expressions).isNotEmpty();

        expressions.forEach((where, expression) -> {
            Matcher bean = BEAN_EXPRESSION.matcher(expression);
            assertThat(bean.matches()).as(where + ": " + expression + " should name a bean, as ${someDelegate}").isTrue();
            assertThat(context.containsBean(bean.group(1))).as(where + ": no bean named " + bean.group(1)).isTrue();
        });
    }

    @Test
    void every_form_key_names_the_route_the_inbox_opens_with_the_task_id() {
        Set<String> routes = routeTemplates();
        Map<String, String> formKeys = attributes("formKey");
        assertThat(formKeys).isNotEmpty();
        assertThat(formKeys.values()).as("exceptions still in use").containsAll(NOT_OPENED_BY_AN_INBOX.keySet());

        formKeys.forEach((where, formKey) -> {
            if (!NOT_OPENED_BY_AN_INBOX.containsKey(formKey)) {
                // the inbox navigates to <form key>/<task id>; TaskView reads the id from its route parameter
                assertThat(routes).as(where + ": form key " + formKey).contains(formKey + "/:" + TaskView.TASK_ID);
            }
        });
    }

    @Test
    void every_task_key_the_code_names_is_a_user_task_of_a_model() throws IllegalAccessException {
        Set<String> userTasks = collect(model -> model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId));
        Map<String, String> taskKeys = taskKeysInTheCode();
        assertThat(taskKeys).as("the code's task keys").containsKeys("ReviewService.CONSENSUS_TASK", "RecommendationStep.COUNTY.taskKey");

        taskKeys.forEach((constant, key) -> assertThat(userTasks).as(constant + " = \"" + key + "\"").contains(key));
    }

    /**
     * Task keys of the main code: the {@code static final String} constants named {@code *_TASK}, and the
     * {@code taskKey} of each constant of an enum that has one (the recommending steps). By where they are.
     */
    private static Map<String, String> taskKeysInTheCode() throws IllegalAccessException {
        Map<String, String> keys = new TreeMap<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableFieldInfo().enableStaticFinalFieldConstantInitializerValues()
                .ignoreClassVisibility().ignoreFieldVisibility()
                .acceptPackages("org.brandaward").scan()) {
            for (ClassInfo type : scan.getAllClasses()) {
                if (type.getClasspathElementFile().getPath().endsWith("test-classes")) {
                    continue;
                }
                for (FieldInfo field : type.getDeclaredFieldInfo()) {
                    if (field.isStatic() && field.isFinal() && field.getName().endsWith("_TASK")
                            && field.getConstantInitializerValue() instanceof String key) {
                        keys.put(type.getSimpleName() + "." + field.getName(), key);
                    }
                }
                if (type.isEnum() && type.getDeclaredFieldInfo("taskKey") != null) {
                    Class<?> enumType = type.loadClass();
                    Field taskKey = type.getDeclaredFieldInfo("taskKey").loadClassAndGetField();
                    taskKey.setAccessible(true);
                    for (Object constant : enumType.getEnumConstants()) {
                        keys.put(type.getSimpleName() + "." + ((Enum<?>) constant).name() + ".taskKey", (String) taskKey.get(constant));
                    }
                }
            }
        }
        return keys;
    }

    /** The templates of our Vaadin routes, package-private views included. */
    private static Set<String> routeTemplates() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.brandaward").scan()) {
            Set<String> routes = scan.getClassesWithAnnotation(Route.class).loadClasses().stream()
                    .map(view -> view.getAnnotation(Route.class).value()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(routes).as("routes found").contains("tasks");
            return routes;
        }
    }

    /** Every value of the attribute ({@code camunda:} or plain) anywhere in the models, by file and element id. */
    private static Map<String, String> attributes(String name) {
        Map<String, String> values = new TreeMap<>();
        models.forEach((file, model) -> collectAttributes(file, model.getDocument().getRootElement(), name, values));
        return values;
    }

    private static void collectAttributes(String file, DomElement element, String name, Map<String, String> values) {
        String value = element.getAttribute(BpmnModelConstants.CAMUNDA_NS, name);
        if (value == null) {
            value = element.getAttribute(name);
        }
        if (value != null) {
            String id = element.getAttribute("id");
            values.put(file + " " + (id == null ? element.getLocalName() + "@" + System.identityHashCode(element) : id), value);
        }
        element.getChildElements().forEach(child -> collectAttributes(file, child, name, values));
    }

    private static Set<String> collect(Function<BpmnModelInstance, Stream<String>> ids) {
        return models.values().stream().flatMap(ids).collect(Collectors.toSet());
    }

    /** A property of each element of the type, by file and element id. */
    private static <T extends BaseElement, V> Map<String, V> byElement(Class<T> type, Function<T, V> property) {
        Map<String, V> found = new TreeMap<>();
        models.forEach((file, model) -> model.getModelElementsByType(type)
                .forEach(element -> found.put(file + " " + element.getId(), property.apply(element))));
        return found;
    }
}
