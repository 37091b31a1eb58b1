package org.brandaward.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.brandaward.PackagedJar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped and started again under the running production jar (a PostgreSQL of this test's own, same port
 * and data directory, so no other test's database goes away): while it is down a page that needs the database fails
 * within the pool's connection timeout with 503 and one sentence (DatabaseUnavailableAdvice), not a hang, a stack
 * trace or a sign-in page; once it
 * is back the same page answers again from the same process, the pool having replaced its dead connections.
 */
class PostgresRestartIT {

    static final Path DATA = Path.of("target/reliability-restart-postgres");
    static final Path BINARIES = Path.of("target/test-postgres-binaries");
    /** spring.datasource.hikari.connection-timeout (application.yml) and some room for a loaded machine. */
    static final Duration FAILS_WITHIN = Duration.ofSeconds(10 + 15);

    @TempDir Path work;
    EmbeddedPostgres postgres;
    Node node;

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void requests_fail_cleanly_while_postgresql_is_down_and_succeed_again_without_a_restart() throws Exception {
        FileSystemUtils.deleteRecursively(DATA);
        int port = PackagedJar.freePort();
        postgres = start(port);
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        node = Node.jar("restart-node", url, work.resolve("node"), work.resolve("shared")).start().awaitUp();
        assertThat(node.get("public/notices").statusCode()).as("the notice list reads the database").isEqualTo(200);

        postgres.close();
        postgres = null;
        long asked = System.nanoTime();
        HttpResponse<String> down = node.get("public/notices");
        Duration took = Duration.ofNanos(System.nanoTime() - asked);
        System.out.printf("PostgresRestartIT: with PostgreSQL down, %d after %d ms%n", down.statusCode(), took.toMillis());
        assertThat(down.statusCode()).as("unavailable, not a sign-in page: " + down.headers().map()).isEqualTo(503);
        assertThat(down.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(took).as("no hang beyond the pool's timeout").isLessThan(FAILS_WITHIN);
        assertThat(down.body()).as("one sentence, no stack trace or driver message").isEqualTo("系统暂时无法访问数据库，请稍后再试。");
        HttpResponse<String> json = node.get("api/public/certificates/SDMP-2186-00001");
        assertThat(json.statusCode()).as("the JSON endpoints too").isEqualTo(503);
        assertThat(json.body()).doesNotContain("org.postgresql", "SQLException", "\tat ", "HikariPool");
        assertThat(node.get("login").statusCode()).as("what needs no database still answers").isEqualTo(200);

        postgres = start(port);
        long restarted = System.nanoTime();
        Backends.await(() -> answers(node), Duration.ofSeconds(60), "the notice list answers again");
        System.out.printf("PostgresRestartIT: answering again %d ms after PostgreSQL started%n", (System.nanoTime() - restarted) / 1_000_000);
        assertThat(node.isAlive()).as("the same process: no restart of the application").isTrue();
        assertThat(node.get("public/notices").body()).doesNotContain("Exception");
    }

    private static boolean answers(Node node) {
        try {
            return node.get("public/notices").statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The same data directory and port each time: the first start runs initdb, the next ones find its data. */
    private static EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(DATA)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(BINARIES.toFile())
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setServerConfig("timezone", "Asia/Shanghai")
                .start();
    }
}
