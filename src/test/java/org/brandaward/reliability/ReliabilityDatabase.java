package org.brandaward.reliability;

import org.brandaward.database.TestDatabases;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The database of the reliability tests: one of its own on the tests' embedded PostgreSQL, so that the nodes these
 * tests start (with their job executors on) find only the jobs and batches these tests made, never another test's.
 * One test context on it ({@link ReliabilityTest}) seeds it through the real services and checks its tables.
 */
final class ReliabilityDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static TestDatabases.Database database;

    static synchronized String jdbcUrl() {
        if (database == null) {
            database = TestDatabases.create("reliability");
        }
        return database.jdbcUrl();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = jdbcUrl();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("reliability-database", Map.of(
                "spring.datasource.url", Node.named(url, "reliability-test"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                release();
            }
        });
    }

    private static synchronized void release() {
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            database = null;
        }
    }
}
