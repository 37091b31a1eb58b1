package org.brandaward.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The zero-setup PostgreSQL: one server per JVM, however many Spring contexts (tests) lease it. The last lease to
 * close stops the server, so it outlives every connection pool that uses it (zonky's own shutdown hook would race
 * the contexts' shutdown). Binaries are unpacked beside the data, not under /tmp, where cleaners could remove them.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static EmbeddedPostgres server;
    private static Path serverDirectory;
    private static int leases;

    private final String jdbcUrl;
    private boolean closed;

    private EmbeddedPostgresServer(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    static synchronized EmbeddedPostgresServer lease(Path dataDirectory, boolean clean) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (server == null) {
            server = start(directory, clean);
            serverDirectory = directory;
        } else if (!serverDirectory.equals(directory)) {
            throw new IllegalStateException("Embedded PostgreSQL already runs on " + serverDirectory + ", not " + directory);
        }
        leases++;
        return new EmbeddedPostgresServer(server.getJdbcUrl("postgres", "postgres"));
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() throws IOException {
        synchronized (EmbeddedPostgresServer.class) {
            if (closed) {
                return;
            }
            closed = true;
            if (--leases == 0) {
                server.close();
                server = null;
            }
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, boolean clean) {
        try {
            Files.createDirectories(dataDirectory);
            Path binaries = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-binaries");
            Files.createDirectories(binaries);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setRegisterShutdownHook(false)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }
}
