package org.brandaward.benchmark;

import org.brandaward.PackagedJar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Startup and memory of the production jar, started as docker/Dockerfile starts it (its runtime {@code ENV}, the JVM
 * flags in {@code JAVA_TOOL_OPTIONS} included) on a fresh data directory, then again on the same one. It prints the
 * time to the first page, the idle resident memory of the JVM and of its PostgreSQL, what the JVM's memory is made of
 * (native memory tracking, first start only: it costs a little memory itself), and what one signed-in Vaadin session
 * costs: the live heap after a full GC before and after {@link #SESSIONS} sessions, each signed in through the form
 * login and holding a UI that has navigated to the first view. Run with
 * {@code ./mvnw -B -o -Pbenchmark verify -Dit.test=MemoryBenchmark}. No timing is asserted; it prints figures.
 */
class MemoryBenchmark {

    static final int SESSIONS = Integer.getInteger("brand-award.benchmark.sessions", 200);
    static final Duration STARTUP = Duration.ofMinutes(4);
    /** Long enough for the startup's JIT queue and the first runs of the scheduled runners to be over. */
    static final Duration SETTLE = Duration.ofSeconds(30);
    static final String READY = "Initial administrator administrator created";
    static final Path DOCKERFILE = Path.of("docker/Dockerfile");
    static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path workDirectory;

    final Path log = Path.of("target", "memory-benchmark.log");
    final String password = UUID.randomUUID().toString();
    final List<String> report = new ArrayList<>();
    Process application;

    @Test
    void startup_idle_memory_and_the_heap_a_signed_in_session_costs() throws Exception {
        Path jar = PackagedJar.path();
        Map<String, String> dockerEnvironment = runtimeEnvironment(Files.readString(DOCKERFILE));
        line("machine: %d cpus, %d MiB RAM, %s %s", Runtime.getRuntime().availableProcessors(), physicalMemoryMiB(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        line("Dockerfile ENV: %s", dockerEnvironment);

        int port = PackagedJar.freePort();
        startupOf("first start (fresh data directory)", jar, port, dockerEnvironment, true);
        nativeMemory();
        stop();

        startupOf("second start (existing data directory)", jar, port, dockerEnvironment, false);
        HttpSessions sessions = new HttpSessions("http://localhost:" + port + "/", "administrator", password);
        sessions.open(); // the first sign-in loads what every later session shares
        Heap before = heap();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.open();
        }
        Heap after = heap();
        line("live heap after a full GC: %.1f MiB before, %.1f MiB with %d more signed-in sessions",
                mib(before.liveBytes()), mib(after.liveBytes()), SESSIONS);
        line("UIs held: %d before, %d after; Vaadin sessions: %d before, %d after",
                before.uis(), after.uis(), before.vaadinSessions(), after.vaadinSessions());
        line("per signed-in session: %.0f KiB of heap (target < 1024 KiB)",
                (after.liveBytes() - before.liveBytes()) / 1024.0 / SESSIONS);
        line("JVM resident memory with the sessions: %.0f MiB", mib(residentBytes(application.pid())));
        assertThat(after.uis() - before.uis()).as("UIs the sessions hold").isEqualTo(SESSIONS);
        assertThat(after.vaadinSessions() - before.vaadinSessions()).as("Vaadin sessions").isEqualTo(SESSIONS);
        stop();

        System.out.println(String.join("\n", report));
    }

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        if (application != null && application.isAlive()) {
            application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        postgresPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
    }

    private void startupOf(String what, Path jar, int port, Map<String, String> dockerEnvironment, boolean trackNativeMemory)
            throws Exception {
        long started = System.nanoTime();
        start(jar, port, dockerEnvironment, trackNativeMemory);
        String base = "http://localhost:" + port + "/";
        awaitFirstPage(base + "login");
        double seconds = (System.nanoTime() - started) / 1e9;
        line("%s: first page (/login 200) after %.1f s wall, %.1f s JVM CPU, load average %s%s", what, seconds,
                cpuSeconds(application.pid()), loadAverage(), trackNativeMemory ? " (native memory tracking on)" : "");
        awaitLog(READY);
        Thread.sleep(SETTLE.toMillis());
        line("  idle after %d s: JVM resident %.0f MiB; PostgreSQL %d processes, proportional set %.0f MiB",
                SETTLE.toSeconds(), mib(residentBytes(application.pid())), postgresProcesses().size(), mib(postgresPss()));
    }

    private void start(Path jar, int port, Map<String, String> dockerEnvironment, boolean trackNativeMemory) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (trackNativeMemory) {
            command.add("-XX:NativeMemoryTracking=summary");
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("BRAND_AWARD_")
                || name.equals("JAVA_TOOL_OPTIONS") || name.equals("MALLOC_ARENA_MAX"));
        environment.putAll(dockerEnvironment);
        environment.put("BRAND_AWARD_DATA_DIR", workDirectory.resolve("data").toString());
        environment.put("PORT", Integer.toString(port));
        environment.put("BRAND_AWARD_DEMO_DATA", "false");
        environment.put("BRAND_AWARD_INITIAL_ADMIN_PASSWORD", password);
        application = builder.start();
    }

    private void awaitFirstPage(String loginUrl) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() - deadline < 0) {
            assertAlive();
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(loginUrl))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(50);
        }
        fail("no first page within " + STARTUP + ":\n" + tail());
    }

    private void awaitLog(String text) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
            assertAlive();
            if (System.nanoTime() - deadline > 0) {
                fail("no \"" + text + "\" within " + STARTUP + ":\n" + tail());
            }
            Thread.sleep(200);
        }
    }

    private void assertAlive() throws IOException {
        if (!application.isAlive()) {
            fail("java -jar exited with " + application.exitValue() + ":\n" + tail());
        }
    }

    /** The JVM's native memory by category, committed (what can be resident), in MiB. */
    private void nativeMemory() throws Exception {
        String summary = jcmd("VM.native_memory", "summary");
        Matcher category = Pattern.compile("(?m)^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)").matcher(summary);
        Matcher total = Pattern.compile("Total: reserved=\\d+KB, committed=(\\d+)KB").matcher(summary);
        StringBuilder parts = new StringBuilder();
        while (category.find()) {
            long kib = Long.parseLong(category.group(2));
            if (kib >= 1024) {
                parts.append(String.format(" %s %d,", category.group(1).strip(), kib / 1024));
            }
        }
        line("  native memory committed (MiB): total %s;%s", total.find() ? Long.parseLong(total.group(1)) / 1024 : "?",
                parts.substring(0, Math.max(0, parts.length() - 1)));
    }

    /** {@code GC.class_histogram} runs a full GC first, so its total is the live heap. */
    private Heap heap() throws Exception {
        String histogram = jcmd("GC.class_histogram");
        Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
        assertThat(total.find()).as("the histogram's total line").isTrue();
        return new Heap(Long.parseLong(total.group(2)), instances(histogram, "com.vaadin.flow.component.UI"),
                instances(histogram, "com.vaadin.flow.spring.SpringVaadinSession"));
    }

    private static long instances(String histogram, String className) {
        Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s|$)").matcher(histogram);
        return row.find() ? Long.parseLong(row.group(1)) : 0;
    }

    private String jcmd(String... command) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(application.pid())));
        arguments.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jcmd.waitFor()).as("jcmd " + String.join(" ", command) + ":\n" + output).isZero();
        return output;
    }

    private void stop() throws Exception {
        application.destroy();
        if (!application.waitFor(60, TimeUnit.SECONDS)) {
            fail("java -jar did not stop within 60 s of SIGTERM:\n" + tail());
        }
    }

    private Optional<Long> postgresPid() throws IOException {
        Path postmaster = workDirectory.resolve("data/postgres/postmaster.pid");
        return Files.exists(postmaster)
                ? Optional.of(Long.parseLong(Files.readAllLines(postmaster).get(0).strip()))
                : Optional.empty();
    }

    /** The postmaster and its backends; pg_ctl starts them outside the JVM's process tree. */
    private List<ProcessHandle> postgresProcesses() throws IOException {
        List<ProcessHandle> processes = new ArrayList<>();
        postgresPid().flatMap(ProcessHandle::of).ifPresent(postmaster -> {
            processes.add(postmaster);
            postmaster.children().forEach(processes::add);
        });
        return processes;
    }

    /** Proportional set size: the shared buffers counted once across the processes, not once per backend. */
    private long postgresPss() throws IOException {
        long bytes = 0;
        for (ProcessHandle process : postgresProcesses()) {
            bytes += procKib(Path.of("/proc", Long.toString(process.pid()), "smaps_rollup"), "Pss:") * 1024;
        }
        return bytes;
    }

    private static long residentBytes(long pid) throws IOException {
        return procKib(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:") * 1024;
    }

    private static long procKib(Path file, String field) throws IOException {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(field))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
        } catch (NoSuchFileException gone) {
            return 0;
        }
    }

    /** utime + stime of the process from /proc/pid/stat, in clock ticks of 1/100 s (Linux's USER_HZ). */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** The machine is shared: a wall time beside a load average above its 2 cores says it waited for them. */
    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static long physicalMemoryMiB() throws IOException {
        return procKib(Path.of("/proc/meminfo"), "MemTotal:") / 1024;
    }

    /** The ENV variables of the Dockerfile's last stage, the runtime one; continued lines joined. */
    static Map<String, String> runtimeEnvironment(String dockerfile) {
        String joined = dockerfile.replaceAll("\\\\\\r?\\n", " ");
        String runtime = joined.substring(joined.lastIndexOf("\nFROM "));
        Map<String, String> environment = new LinkedHashMap<>();
        Matcher instruction = Pattern.compile("(?m)^ENV\\s+(.*)$").matcher(runtime);
        while (instruction.find()) {
            Matcher pair = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|(\\S+))").matcher(instruction.group(1));
            while (pair.find()) {
                environment.put(pair.group(1), pair.group(2) != null ? pair.group(2) : pair.group(3));
            }
        }
        assertThat(environment).as("the runtime stage's ENV").containsKey("JAVA_TOOL_OPTIONS");
        return environment;
    }

    private void line(String format, Object... arguments) {
        String line = String.format(format, arguments);
        report.add("memory-benchmark: " + line);
        System.out.println("memory-benchmark: " + line);
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    record Heap(long liveBytes, long uis, long vaadinSessions) {
    }
}
