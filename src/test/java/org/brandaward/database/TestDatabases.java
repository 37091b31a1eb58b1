package org.brandaward.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Databases of their own on the embedded PostgreSQL the integration tests use (the same server and data directory as
 * {@code application-test.yml}, so a test JVM runs one server), for tests that bring their own engine instead of a
 * Spring context: a Spring-free process test. Real PostgreSQL, as everywhere in our tests; never H2.
 */
public final class TestDatabases {

    private static final Path DATA_DIRECTORY = Path.of("target/test-postgres");
    private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)postgres(\\?.*)?");

    private TestDatabases() {
    }

    /** A new, empty database named after {@code prefix}; close it to release the server (the last lease stops it). */
    public static Database create(String prefix) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.lease(DATA_DIRECTORY, true);
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            closeQuietly(server);
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        Matcher url = DATABASE_IN_URL.matcher(server.jdbcUrl());
        if (!url.matches()) {
            closeQuietly(server);
            throw new IllegalStateException("Unexpected JDBC URL " + server.jdbcUrl());
        }
        return new Database(url.group(1) + name + (url.group(2) == null ? "" : url.group(2)), server);
    }

    /** A database on the leased server; closing it releases the lease, the database goes with the cleaned directory. */
    public record Database(String jdbcUrl, AutoCloseable lease) implements AutoCloseable {

        public String username() {
            return "postgres";
        }

        @Override
        public void close() throws Exception {
            lease.close();
        }
    }

    private static void closeQuietly(EmbeddedPostgresServer server) {
        try {
            server.close();
        } catch (Exception e) {
            // the database could not be created; the original failure is the one to report
        }
    }
}
