package org.brandaward.reliability;

import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.organisation.DemoAccounts;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the production jar on one database, both with the job executor and the certificate batch runner on,
 * working at the same time: two published lists' batches (200 certificates each, two programmes) and the closing
 * timers of 30 public notices. Every timer runs once (one CLOSED audit row per notice, no job or incident left),
 * every certificate is issued once with its number 1..200 exactly once per prefix, and both nodes did part of the
 * work (a trigger of this test notes the node, PostgreSQL's application_name, of every audit row). A signed-in
 * session of one node is not one on the other: the HTTP session lives in the node's memory, hence sticky sessions
 * (docker/nginx.conf). Rounds of 2182-2184.
 */
@ReliabilityTest
class TwoNodesIT {

    static final int CERTIFICATES = 200;
    static final int NOTICES = 30;
    static final Pattern LOGIN_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired RoundFixtures roundFixtures;
    @Autowired CertificateFixtures certificateFixtures;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;

    @TempDir Path work;
    final List<Node> nodes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        SignIn.out();
        for (Node node : nodes) {
            node.stop();
        }
        jdbc.sql("drop trigger if exists reliability_node_of_audit on audit_event").update();
        jdbc.sql("drop function if exists reliability_note_node()").update();
        jdbc.sql("drop table if exists reliability_node_trace").update();
    }

    @Test
    void two_nodes_run_every_timer_and_batch_step_once_and_never_give_a_number_twice() throws Exception {
        Round famous = roundFixtures.round("sd-famous-product", 2182, null);
        Round service = roundFixtures.round("sd-service-brand", 2184, null);
        Round noticed = roundFixtures.round("sd-famous-product", 2183, null);
        List<Long> famousApplications = certificateFixtures.approvedApplications(famous, CERTIFICATES);
        List<Long> serviceApplications = certificateFixtures.approvedApplications(service, CERTIFICATES);
        List<Long> candidates = certificateFixtures.approvedApplications(noticed, NOTICES);
        SignIn.out();
        Notices notices = new Notices(runtime, jdbc);
        List<Notices.Opened> opened = candidates.stream().map(id -> notices.open(noticed, id)).toList();
        traceNodes();

        Path shared = work.resolve("shared");
        nodes.add(Node.jar("node-a", ReliabilityDatabase.jdbcUrl(), work.resolve("a"), shared).start());
        nodes.add(Node.jar("node-b", ReliabilityDatabase.jdbcUrl(), work.resolve("b"), shared).start());
        for (Node node : nodes) {
            node.awaitUp();
        }

        long started = System.nanoTime();
        opened.forEach(notices::periodOver);
        long famousBatch = certificateFixtures.queueBatch(famous, famousApplications);
        long serviceBatch = certificateFixtures.queueBatch(service, serviceApplications);
        SignIn.out();
        Backends.await(() -> state(famousBatch).equals("DONE") && state(serviceBatch).equals("DONE")
                        && opened.stream().allMatch(n -> notices.engineRowsLeft(n) == 0),
                Duration.ofMinutes(3), "both batches done and every notice's process ended");
        System.out.printf("TwoNodesIT: %d certificates and %d notice timers in %.1f s; audit rows by node: %s%n",
                2 * CERTIFICATES, NOTICES, (System.nanoTime() - started) / 1e9,
                jdbc.sql("select node || '=' || count(*) from reliability_node_trace group by node order by node").query(String.class).list());

        for (Notices.Opened notice : opened) {
            assertThat(notices.status(notice)).isEqualTo("CLOSED");
            assertThat(notices.audited(notice, "CLOSED")).as("notice %d closed once", notice.noticeId()).isEqualTo(1);
        }
        assertThat(numbers(famous)).as("SDMP-2182: 1..200, each once").containsExactlyElementsOf(expected("SDMP-2182-", famous));
        assertThat(numbers(service)).as("SDFW-2184: 1..200, each once").containsExactlyElementsOf(expected("SDFW-2184-", service));
        assertThat(jdbc.sql("""
                        select count(*) from audit_event e join certificate c on c.id = e.entity_id
                        join application a on a.id = c.application_id
                        where e.entity_type = 'CERTIFICATE' and e.action = 'ISSUED' and a.round_id in (?, ?)""")
                .params(famous.getId(), service.getId()).query(Long.class).single()).as("one ISSUED row per certificate").isEqualTo(2L * CERTIFICATES);
        assertThat(jdbc.sql("select count(*) from act_ru_incident").query(Long.class).single()).as("no failed job anywhere").isZero();
        assertThat(jdbc.sql("select distinct node from reliability_node_trace where action in ('ISSUED', 'CLOSED') order by node")
                .query(String.class).list()).as("both nodes issued or closed, and nobody else").containsExactly("node-a", "node-b");

        sessionsArePinnedToTheirNode(nodes.get(0), nodes.get(1));
    }

    /** A session signed in on node A is anonymous on node B: the load balancer must keep a session on its node. */
    private void sessionsArePinnedToTheirNode(Node a, Node b) throws Exception {
        HttpResponse<String> loginPage = a.get("login");
        String session = cookie(loginPage, "JSESSIONID");
        Matcher csrf = LOGIN_CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as("the login page's CSRF token").isTrue();
        String form = "username=office&password=" + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = a.send(HttpRequest.newBuilder(URI.create(a.base() + "login"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signIn.statusCode()).as("POST /login on node A").isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String signedIn = signIn.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="))
                ? cookie(signIn, "JSESSIONID") : session;

        HttpResponse<String> onA = a.send(HttpRequest.newBuilder(URI.create(a.base())).header("Cookie", "JSESSIONID=" + signedIn).GET());
        HttpResponse<String> onB = b.send(HttpRequest.newBuilder(URI.create(b.base())).header("Cookie", "JSESSIONID=" + signedIn).GET());
        assertThat(signedIn).as("the session id names its node, as nginx routes it").endsWith("." + a.name());
        assertThat(onA.statusCode()).as("node A knows its session").isEqualTo(200);
        assertThat(onB.statusCode()).as("node B does not know it: to the login page").isEqualTo(302);
        assertThat(onB.headers().firstValue("Location").orElse("")).contains("/login");
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1).split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
    }

    /** Notes the node (application_name) of every audit row written from now on: which node did which step. */
    private void traceNodes() {
        jdbc.sql("create table reliability_node_trace (entity_type varchar(40), entity_id bigint, action varchar(40), node text)").update();
        jdbc.sql("""
                create function reliability_note_node() returns trigger language plpgsql as $$
                begin
                    insert into reliability_node_trace values (new.entity_type, new.entity_id, new.action, current_setting('application_name'));
                    return new;
                end $$""").update();
        jdbc.sql("create trigger reliability_node_of_audit after insert on audit_event for each row execute function reliability_note_node()").update();
    }

    private String state(long batchId) {
        return jdbc.sql("select state from certificate_batch where id = ?").param(batchId).query(String.class).single();
    }

    private List<String> numbers(Round round) {
        return jdbc.sql("select c.number from certificate c join application a on a.id = c.application_id where a.round_id = ? order by c.number")
                .param(round.getId()).query(String.class).list();
    }

    private static List<String> expected(String prefix, Round round) {
        return IntStream.rangeClosed(1, CERTIFICATES).mapToObj(n -> prefix + "%05d".formatted(n)).toList();
    }
}
