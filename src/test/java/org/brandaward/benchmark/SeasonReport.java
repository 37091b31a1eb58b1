package org.brandaward.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The times of a season's stages: each stage runs its work, which answers how many items it handled, and is timed on
 * the monotonic clock with the SQL statements it sent (when a {@link QueryCounter} counts them). The setup — accounts
 * and experts a season starts with — is timed apart and not part of the season's total.
 */
public final class SeasonReport {

    private final String name;
    private final int applications;
    private final int threads;
    private final LongSupplier statements;
    private final List<Stage> stages = new ArrayList<>();
    private Stage setup;

    public SeasonReport(String name, int applications, int threads, LongSupplier statements) {
        this.name = name;
        this.applications = applications;
        this.threads = threads;
        this.statements = statements;
    }

    public record Stage(String name, int items, Duration time, long statements) {
        double millisEach() {
            return items == 0 ? 0 : time.toNanos() / 1e6 / items;
        }
    }

    public void setup(String stageName, IntSupplier work) {
        setup = timed(stageName, work);
    }

    public void stage(String stageName, IntSupplier work) {
        stages.add(timed(stageName, work));
    }

    private Stage timed(String stageName, IntSupplier work) {
        long before = statements.getAsLong();
        long start = System.nanoTime();
        int items = work.getAsInt();
        return new Stage(stageName, items, Duration.ofNanos(System.nanoTime() - start), statements.getAsLong() - before);
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** The season's whole time, the setup left out. */
    public Duration total() {
        return stages.stream().map(Stage::time).reduce(Duration.ZERO, Duration::plus);
    }

    /** Applications carried through the whole season per second. */
    public double applicationsPerSecond() {
        return applications / (total().toNanos() / 1e9);
    }

    public int applications() {
        return applications;
    }

    /** The table the benchmark prints: one line a stage, then the total. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d applications on %d threads%n", name, applications, threads));
        if (setup != null) {
            out.append(line(setup, "setup, not counted"));
        }
        stages.forEach(stage -> out.append(line(stage, "")));
        out.append(String.format(Locale.ROOT, "  %-72s %9.1f s   %.1f applications/s%n", "whole season",
                total().toNanos() / 1e9, applicationsPerSecond()));
        return out.toString();
    }

    private static String line(Stage stage, String note) {
        return String.format(Locale.ROOT, "  %-72s %9.1f s  %6d items  %8.2f ms each  %s%s%n", stage.name(),
                stage.time().toNanos() / 1e9, stage.items(), stage.millisEach(),
                stage.statements() < 0 ? "" : String.format(Locale.ROOT, "%.1f statements each",
                        stage.items() == 0 ? 0.0 : (double) stage.statements() / stage.items()),
                note.isEmpty() ? "" : "  (" + note + ")");
    }
}
