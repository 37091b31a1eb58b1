package org.brandaward.benchmark;

import org.brandaward.AwardsApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Startup time and memory of the whole application in development mode (what {@code ./mvnw spring-boot:run} starts),
 * on a fresh embedded database. Run it with the README's benchmark command; it prints one line of figures.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("brand-award-benchmark");
        long start = System.nanoTime();
        ConfigurableApplicationContext context = SpringApplication.run(AwardsApplication.class,
                "--server.port=0", "--brand-award.embedded-database.data-directory=" + data.resolve("postgres"));
        Duration startup = Duration.ofNanos(System.nanoTime() - start);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();

        HttpClient http = HttpClient.newHttpClient();
        long firstPageStart = System.nanoTime();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Duration firstPage = Duration.ofNanos(System.nanoTime() - firstPageStart);

        System.gc();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                .findFirst().orElse(-1);
        System.out.printf("startup=%.1fs firstPage=%dms(status %d) heapAfterGc=%dMiB rss=%dMiB cpus=%d%n",
                startup.toMillis() / 1000.0, firstPage.toMillis(), login.statusCode(), heapUsed >> 20, rss >> 20,
                Runtime.getRuntime().availableProcessors());
        context.close();
    }
}
