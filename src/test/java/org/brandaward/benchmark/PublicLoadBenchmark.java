package org.brandaward.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import org.brandaward.IntegrationTest;
import org.brandaward.PackagedJar;
import org.brandaward.certificate.Certificate;
import org.brandaward.certificate.CertificateService;
import org.brandaward.certificate.CertificateVerification;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.publication.PublicationService;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The public endpoints under load: the production jar, started as a second node on the test context's embedded
 * PostgreSQL after the test context published lists and issued certificates through the real services, is loaded
 * with {@code wrk} on loopback, endpoint after endpoint, beside a static file of the same application as the ceiling.
 * Prints one line per endpoint (req/s, p50, p99, ratio to the static file, target met or not); asserts only that every
 * endpoint answers 200 with the expected content and that wrk saw no error, never the speed (machines differ).
 * Rounds of 2034–2035.
 */
@IntegrationTest
class PublicLoadBenchmark {

    static final Path WRK = Path.of("/usr/bin/wrk");
    static final Duration STARTUP = Duration.ofMinutes(4);
    static final int THREADS = 2;
    static final int CONNECTIONS = 64;
    static final Duration WARM_UP = Duration.ofSeconds(5);
    static final Duration LOAD = Duration.ofSeconds(12);
    /** Targets of issue 14: JSON ≥ 5,000 req/s, HTML ≥ 2,000 req/s, p99 < 50 ms, within 2× of the static file. */
    static final double JSON_TARGET = 5_000;
    static final double HTML_TARGET = 2_000;
    static final double P99_TARGET_MS = 50;
    static final double CEILING_RATIO = 2;

    private static final String PROGRAMME = "sd-famous-product";

    enum Kind { STATIC, HTML, JSON }

    record Endpoint(String name, Kind kind, String path, String expected) {
    }

    record Figures(double requestsPerSecond, double p50Ms, double p99Ms) {
    }

    @Autowired RoundFixtures rounds;
    @Autowired OrganisationFixtures organisations;
    @Autowired PublicationFixtures publication;
    @Autowired PublicationService publications;
    @Autowired CertificateService certificates;
    @Autowired CertificateVerification verification;
    @Autowired DataSource dataSource;
    @Value("${brand-award.signing.directory}") String signingDirectory;

    @TempDir
    Path workDirectory;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Path log = Path.of("target", "public-load-benchmark-jar.log");
    Process application;

    @Test
    void public_endpoints_under_load() throws Exception {
        assertThat(Files.isExecutable(WRK)).as("this benchmark loads the endpoints with wrk: apt-get install -y wrk").isTrue();
        List<Endpoint> endpoints = seed();

        int port = PackagedJar.freePort();
        start(PackagedJar.path(), port);
        String base = "http://127.0.0.1:" + port;
        awaitUp(base + endpoints.get(0).path());

        for (Endpoint endpoint : endpoints) {
            HttpResponse<String> response = get(base + endpoint.path());
            assertThat(response.statusCode()).as(endpoint.name() + " " + endpoint.path()).isEqualTo(200);
            assertThat(response.body()).as(endpoint.name() + " " + endpoint.path()).contains(endpoint.expected());
            assertThat(response.headers().allValues("Set-Cookie")).as("no HTTP session for an anonymous " + endpoint.name()).isEmpty();
        }

        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-22s %-5s %10s %8s %8s %7s  %s", "endpoint", "kind", "req/s", "p50 ms", "p99 ms", "/static", "target"));
        Figures ceiling = null;
        for (Endpoint endpoint : endpoints) {
            wrk(base + endpoint.path(), WARM_UP, false);
            Figures figures = wrk(base + endpoint.path(), LOAD, true);
            if (endpoint.kind() == Kind.STATIC) {
                ceiling = figures;
            }
            double ratio = ceiling.requestsPerSecond() / figures.requestsPerSecond();
            lines.add(String.format("%-22s %-5s %10.0f %8.2f %8.2f %7.2f  %s", endpoint.name(), endpoint.kind(), figures.requestsPerSecond(),
                    figures.p50Ms(), figures.p99Ms(), ratio, verdict(endpoint.kind(), figures, ratio)));
        }
        System.out.printf("%nPublic endpoints under load: wrk -t%d -c%d -d%ds --latency on loopback, the production jar, %d cpus%n",
                THREADS, CONNECTIONS, LOAD.toSeconds(), Runtime.getRuntime().availableProcessors());
        lines.forEach(System.out::println);
        System.out.println();
    }

    /**
     * A published famous-brand list of ten entries with their certificates and a round of two candidates whose
     * public notice is open; returns the endpoints to load, the static file first.
     */
    private List<Endpoint> seed() {
        Round large = rounds.round(PROGRAMME, 2034, null);
        List<Long> listed = reviewed(large, 10);
        publication.decideRound(large, listed);
        Round noticed = rounds.round(PROGRAMME, 2035, null);
        reviewed(noticed, 2);
        SignIn.as("office", Roles.OFFICE);
        publications.startDecision(noticed.getId());
        publication.holdCommittee(noticed, reviewedIds(noticed));

        SignIn.as("office", Roles.OFFICE);
        Certificate certificate = certificates.ofApplication(listed.get(0)).orElseThrow();
        String number = certificate.getNumber();
        String payload = SignIn.asEngine(() -> verification.payload(number));
        SignIn.out();
        String noticedOrganisation = organisationName(2035, 0);
        return List.of(
                new Endpoint("static file", Kind.STATIC, "/verify-offline.html", "<!DOCTYPE html>"),
                new Endpoint("notice page", Kind.HTML, "/public/notices/" + noticed.getId(), noticedOrganisation),
                new Endpoint("list page", Kind.HTML, "/public/lists/" + large.getId(), number),
                new Endpoint("list JSON", Kind.JSON, "/api/public/lists/" + large.getId(), "\"certificateNumber\":\"" + number + "\""),
                new Endpoint("verify page (QR)", Kind.HTML, "/v/" + payload, "data-state=\"VALID\""),
                new Endpoint("verify JSON", Kind.JSON, "/api/public/certificates/" + number, "\"state\":\"VALID\""),
                new Endpoint("verify JSON (payload)", Kind.JSON, "/api/public/verify?payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8),
                        "\"state\":\"VALID\""));
    }

    private final Map<Long, List<Long>> reviewedOfRound = new java.util.HashMap<>();

    /** {@code count} applications of new organisations through review, waiting for the round's decision. */
    private List<Long> reviewed(Round round, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            organisations.applicantWithOrganisation(organisationName(round.getYear(), i));
            ids.add(publication.reviewedApplication(round, "压测产品" + round.getYear() + "-" + i));
        }
        reviewedOfRound.put(round.getId(), ids);
        return ids;
    }

    private List<Long> reviewedIds(Round round) {
        return reviewedOfRound.get(round.getId());
    }

    private static String organisationName(int year, int i) {
        return "压测" + year + "第" + i + "号有限公司";
    }

    /** The jar as a second node of the same database; its job executor off, so it runs none of the test context's timers. */
    private void start(Path jar, int port) throws IOException {
        HikariDataSource database = (HikariDataSource) dataSource;
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString())
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("BRAND_AWARD_") || name.startsWith("CAMUNDA_"));
        environment.put("SPRING_DATASOURCE_URL", database.getJdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", database.getUsername());
        environment.put("SPRING_DATASOURCE_PASSWORD", database.getPassword() == null ? "" : database.getPassword());
        environment.put("BRAND_AWARD_DATA_DIR", workDirectory.resolve("data").toString());
        environment.put("BRAND_AWARD_SIGNING_DIRECTORY", Path.of(signingDirectory).toAbsolutePath().toString());
        environment.put("BRAND_AWARD_INITIAL_ADMIN_PASSWORD", "benchmark-" + port);
        environment.put("CAMUNDA_BPM_JOB_EXECUTION_ENABLED", "false");
        environment.put("PORT", Integer.toString(port));
        application = builder.start();
    }

    private void awaitUp(String url) throws Exception {
        // A timeout, not a date: measured on the monotonic clock.
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!application.isAlive()) {
                fail("java -jar exited with " + application.exitValue() + " before it was up:\n" + tail());
            }
            try {
                if (get(url).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        fail("java -jar was not up within " + STARTUP + ":\n" + tail());
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null && application.isAlive()) {
            application.destroy();
            if (!application.waitFor(60, TimeUnit.SECONDS)) {
                application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private Figures wrk(String url, Duration duration, boolean measured) throws Exception {
        Process process = new ProcessBuilder(WRK.toString(), "-t" + THREADS, "-c" + CONNECTIONS, "-d" + duration.toSeconds() + "s",
                "--latency", url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("wrk's exit code:\n" + output).isZero();
        assertThat(output).as("every answer under load is 2xx (an error page must not pass for a fast one):\n" + output)
                .doesNotContain("Non-2xx or 3xx responses");
        if (measured && output.contains("Socket errors")) {
            System.out.println("wrk reported socket errors for " + url + ":\n" + output);
        }
        return new Figures(number(output, "Requests/sec:\\s+([\\d.]+)"), millis(output, "50%"), millis(output, "99%"));
    }

    private static double number(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        if (!matcher.find()) {
            return fail("no " + regex + " in wrk's output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    /** A percentile line of wrk's latency distribution ("99%   12.34ms"), in milliseconds. */
    private static double millis(String output, String percentile) {
        Matcher matcher = Pattern.compile("^\\s*" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE).matcher(output);
        if (!matcher.find()) {
            return fail("no " + percentile + " latency in wrk's output:\n" + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static String verdict(Kind kind, Figures figures, double ratio) {
        if (kind == Kind.STATIC) {
            return "ceiling";
        }
        double target = kind == Kind.JSON ? JSON_TARGET : HTML_TARGET;
        List<String> missed = new ArrayList<>();
        if (figures.requestsPerSecond() < target) {
            missed.add(String.format("%.0f%% of %.0f req/s", 100 * figures.requestsPerSecond() / target, target));
        }
        if (figures.p99Ms() >= P99_TARGET_MS) {
            missed.add("p99 ≥ " + (int) P99_TARGET_MS + " ms");
        }
        if (ratio > CEILING_RATIO) {
            missed.add("over " + (int) CEILING_RATIO + "× the static file");
        }
        return missed.isEmpty() ? "met" : "NOT met: " + String.join(", ", missed);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
