package org.brandaward;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The production jar that {@code ./mvnw package} builds, for the tests and benchmarks that start it as {@code java -jar}. */
public final class PackagedJar {

    private PackagedJar() {
    }

    /** The jar failsafe names ({@code brand-award.packaged-jar}), or the one in target/ when run from an IDE. */
    public static Path path() throws IOException {
        String configured = System.getProperty("brand-award.packaged-jar");
        if (configured != null) {
            Path jar = Path.of(configured);
            assertThat(jar).as("the jar ./mvnw package builds").isRegularFile();
            return jar;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "brand-award-*.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        return fail("no target/brand-award-*.jar: run ./mvnw package first");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
