package org.brandaward.security;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationService;
import org.brandaward.organisation.DemoAccounts;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.RoundFixtures;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda on the running server: its engine REST API and webapps answer the admin only, and only Cockpit, read-only
 * (Camunda's authorization is on and the admin's group may read, nothing more): completing a task, setting a variable,
 * cancelling or suspending an instance from the webapps is refused by the engine, so no change skips our services'
 * checks and audit. Tasklist and Camunda's Admin app are refused to everyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CamundaAccessIT {

    private static final String ENGINE = "camunda/api/engine/engine/default/";

    @LocalServerPort int port;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_engine_rest_api_and_cockpit_are_not_reachable_anonymously_nor_by_any_role_but_the_admin() throws Exception {
        HttpBrowser anonymous = new HttpBrowser(port);
        for (String path : List.of("camunda/api/engine/engine/", ENGINE + "task", ENGINE + "process-definition/count",
                "camunda/app/cockpit/default/", "camunda/api/cockpit/plugin/base/default/process-definition/statistics-count")) {
            HttpResponse<String> refused = anonymous.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        for (String username : List.of("applicant", "county-recommender", "recommender", "expert", "office", "committee")) {
            HttpBrowser user = new HttpBrowser(port).signIn(username, DemoAccounts.PASSWORD);
            assertThat(user.get("camunda/api/engine/engine/").statusCode()).as(username).isEqualTo(403);
            assertThat(user.get(ENGINE + "task").statusCode()).as(username).isEqualTo(403);
            assertThat(user.get("camunda/app/cockpit/default/").statusCode()).as(username).isEqualTo(403);
        }
    }

    @Test
    void the_admin_reads_in_cockpit_and_changes_nothing() throws Exception {
        long roundId = roundFixtures.round(2122).getId();
        organisationFixtures.applicantWithOrganisation("烟台只读驾驶舱果业有限公司");
        long id = applications.createDraft(roundId, ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("只读牌苹果"));
        SignIn.out();
        Task task = tasks.createTaskQuery().active().list().stream()
                .filter(t -> runtime.getVariable(t.getExecutionId(), "applicationId") != null
                        && ((Number) runtime.getVariable(t.getExecutionId(), "applicationId")).longValue() == id)
                .findFirst().orElseThrow();
        String instance = task.getProcessInstanceId();

        HttpBrowser admin = new HttpBrowser(port).signIn("admin", DemoAccounts.PASSWORD);
        HttpResponse<String> cockpit = admin.get("camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).as("Cockpit: %s %s", cockpit.headers().map(), cockpit.body()).isEqualTo(200);
        // Camunda's own policy, a nonce per page; ours adds the headers it does not send.
        assertThat(cockpit.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("frame-ancestors 'none'", "'nonce-", "object-src 'none'"));
        assertThat(cockpit.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(cockpit.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(cockpit.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(cockpit.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        String xsrf = cockpit.headers().firstValue("X-XSRF-TOKEN").orElseThrow();

        String apps = admin.get("camunda/api/admin/auth/user/default").body().replaceAll(".*\"authorizedApps\":\\[([^\\]]*)].*", "$1");
        assertThat(apps.split(",")).containsExactlyInAnyOrder("\"welcome\"", "\"cockpit\"");
        assertThat(admin.get(ENGINE + "process-definition/count").body()).doesNotContain("\"count\":0");
        assertThat(admin.get(ENGINE + "process-instance/" + instance).statusCode()).isEqualTo(200);
        assertThat(admin.get(ENGINE + "task/" + task.getId()).statusCode()).isEqualTo(200);
        assertThat(admin.get(ENGINE + "history/process-instance/" + instance).statusCode()).isEqualTo(200);
        assertThat(admin.get("camunda/api/cockpit/plugin/base/default/process-definition/statistics-count").statusCode()).isEqualTo(200);

        assertRefusedByTheEngine(admin.send("POST", ENGINE + "task/" + task.getId() + "/complete", "{}", xsrf));
        assertRefusedByTheEngine(admin.send("POST", ENGINE + "task/" + task.getId() + "/submit-form", "{}", xsrf));
        assertRefusedByTheEngine(admin.send("POST", ENGINE + "task/" + task.getId() + "/claim", "{\"userId\":\"admin\"}", xsrf));
        assertRefusedByTheEngine(admin.send("PUT", ENGINE + "process-instance/" + instance + "/variables/passed",
                "{\"value\":true,\"type\":\"Boolean\"}", xsrf));
        assertRefusedByTheEngine(admin.send("POST", ENGINE + "process-instance/" + instance + "/variables",
                "{\"modifications\":{\"passed\":{\"value\":true,\"type\":\"Boolean\"}}}", xsrf));
        assertRefusedByTheEngine(admin.send("PUT", ENGINE + "process-instance/" + instance + "/suspended", "{\"suspended\":true}", xsrf));
        assertRefusedByTheEngine(admin.send("DELETE", ENGINE + "process-instance/" + instance, null, xsrf));
        assertRefusedByTheEngine(admin.send("POST", ENGINE + "process-instance/" + instance + "/modification",
                "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"" + task.getTaskDefinitionKey() + "\"}]}", xsrf));

        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isEqualTo(1);
        assertThat(runtime.getVariable(instance, "passed")).isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).active().count()).isEqualTo(1);

        for (String path : List.of("camunda/app/tasklist/default/", "camunda/api/tasklist/plugin/tasklist-plugin/static/app/plugin.js",
                "camunda/app/admin/default/")) {
            assertThat(admin.get(path).statusCode()).as(path).isEqualTo(403);
        }
        HttpResponse<String> camundasOwnLogin = admin.send(admin.request("camunda/api/admin/auth/user/default/login/cockpit")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + CamundaSingleSignOn.SETUP_DONE + "&password=x")));
        assertThat(camundasOwnLogin.statusCode()).isEqualTo(403);
        assertThat(admin.send("POST", "camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"x\"},\"credentials\":{\"password\":\"x\"}}", xsrf).statusCode()).isEqualTo(403);
    }

    private static void assertRefusedByTheEngine(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri()).isEqualTo(403);
        assertThat(response.body()).as("refused by Camunda's authorization, not its CSRF filter").contains("AuthorizationException");
    }
}
