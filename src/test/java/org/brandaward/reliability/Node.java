package org.brandaward.reliability;

import org.brandaward.PackagedJar;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * A node of the application in a process of its own, so that {@link #kill()} is a real {@code kill -9}
 * ({@link Process#destroyForcibly()} sends SIGKILL): the production jar on an external database, or a class of the
 * test classpath with a {@code main}. Its connections carry its name as PostgreSQL's {@code application_name}, so a
 * test can see in {@code pg_stat_activity} what the node is doing (waiting on a lock, gone). Output goes to
 * target/reliability-&lt;name&gt;.log.
 */
final class Node implements AutoCloseable {

    static final Duration STARTUP = Duration.ofMinutes(4);
    /** A job locked by a killed node is free again after this; the production default is 5 minutes. */
    static final Duration JOB_LOCK_TIME = Duration.ofSeconds(10);

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private Process process;

    private Node(String name, int port, List<String> command, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.command = command;
        this.environment = environment;
        this.log = Path.of("target", "reliability-" + name + ".log").toAbsolutePath();
    }

    /**
     * The production jar as {@code java -jar} on {@code jdbcUrl}: its job executor and certificate batch runner on and
     * looking for work often, jobs locked for {@link #JOB_LOCK_TIME}, demo data off, attachments where {@code shared}
     * says (the store every node of a site shares), the tests' signing key, the rest under {@code dataDirectory};
     * its session ids end with {@code .<name>}, as docker/compose.two-nodes.yaml starts its nodes.
     */
    static Node jar(String name, String jdbcUrl, Path dataDirectory, Path shared, String... arguments) throws IOException {
        int port = PackagedJar.freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                "-Duser.timezone=Asia/Shanghai",
                "-jar", PackagedJar.path().toAbsolutePath().toString(),
                "--server.port=" + port,
                "--camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK_TIME.toMillis(),
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--brand-award.certificate-batch.poll-interval=PT0.2S"));
        command.addAll(List.of(arguments));
        Map<String, String> environment = new java.util.HashMap<>();
        environment.put("SPRING_DATASOURCE_URL", named(jdbcUrl, name));
        environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
        environment.put("SPRING_DATASOURCE_PASSWORD", "");
        environment.put("BRAND_AWARD_DATA_DIR", dataDirectory.toAbsolutePath().toString());
        environment.put("BRAND_AWARD_ATTACHMENTS_DIRECTORY", shared.resolve("attachments").toAbsolutePath().toString());
        // the test context's key (application-test.yml): every node signs with the one the test verifies with
        environment.put("BRAND_AWARD_SIGNING_DIRECTORY", Path.of("target/test-signing").toAbsolutePath().toString());
        environment.put("BRAND_AWARD_DEMO_DATA", "false");
        // session ids end with ".<name>": what docker/nginx.conf routes a session to its node by
        environment.put("BRAND_AWARD_NODE_ROUTE", name);
        environment.put("BRAND_AWARD_INITIAL_ADMIN_PASSWORD", "reliability-" + name);
        return new Node(name, port, command, environment);
    }

    /** {@code mainClass} of the test classpath in a JVM of its own, with {@code arguments}. */
    static Node testClass(String name, Class<?> mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-Duser.timezone=Asia/Shanghai", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(arguments));
        return new Node(name, 0, command, Map.of());
    }

    /** The JDBC address with the node's name as its connections' {@code application_name}. */
    static String named(String jdbcUrl, String name) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "ApplicationName=" + name;
    }

    String name() {
        return name;
    }

    String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    Node start() throws IOException {
        Files.writeString(log, "---- " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(n -> n.startsWith("SPRING_") || n.startsWith("BRAND_AWARD_")
                || n.startsWith("CAMUNDA_") || n.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    /** Up when its login page answers (the jar). */
    Node awaitUp() throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() - deadline < 0) {
            assertAlive();
            try {
                if (get("login").statusCode() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(300);
        }
        return fail(name + " was not up within " + STARTUP + ":\n" + tail());
    }

    /** Waits until the node's output has {@code text} (a test class's progress line). */
    void awaitOutput(String text) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
            assertAlive();
            if (System.nanoTime() - deadline > 0) {
                fail(name + " printed no \"" + text + "\" within " + STARTUP + ":\n" + tail());
            }
            Thread.sleep(100);
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** SIGKILL: no shutdown hook, no transaction finished, its sockets closed by the kernel. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            fail(name + " still alive 30 s after SIGKILL");
        }
    }

    /** SIGTERM, as an orderly shutdown. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void assertAlive() throws IOException {
        if (!process.isAlive()) {
            fail(name + " exited with " + process.exitValue() + ":\n" + tail());
        }
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
