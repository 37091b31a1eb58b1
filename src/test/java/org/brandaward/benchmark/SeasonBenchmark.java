package org.brandaward.benchmark;

import org.brandaward.IntegrationTest;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Locale;

/**
 * The season benchmark: a provincial season through the whole application ({@link SeasonRun}), and beside it, in the
 * same run on the same PostgreSQL, the bare engine's season skeleton ({@link BareEngineSeason}); prints both tables
 * and the ratio of their throughputs. Sizes: {@code -Dseason.applications} (3000), {@code -Dseason.experts} (200),
 * {@code -Dseason.threads} (2, one per core here). Run: {@code ./mvnw -Pbenchmark verify -Dit.test=SeasonBenchmark}.
 */
@IntegrationTest
@TestPropertySource(properties = "brand-award.benchmark.count-queries=true")
class SeasonBenchmark {

    /** The season's year: the benchmark runs in a JVM and on a database of its own. */
    static final int YEAR = 2029;

    @Autowired
    SeasonRun season;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    QueryCounter queries;

    @Test
    void a_provincial_season() throws Exception {
        int applications = Integer.getInteger("season.applications", 3000);
        int experts = Integer.getInteger("season.experts", 200);
        int threads = Integer.getInteger("season.threads", 2);

        List<BareEngineSeason.Shape> shapes = season.shapes(applications);
        SeasonReport bare;
        try (BareEngineSeason engine = BareEngineSeason.on(dataSource, "bare_engine_default", null)) {
            bare = engine.run("bare engine, default settings", shapes, threads);
        }
        SeasonReport bareTuned;
        try (BareEngineSeason engine = BareEngineSeason.on(dataSource, "bare_engine_tuned", engineConfiguration)) {
            bareTuned = engine.run("bare engine, the application's engine settings", shapes, threads);
        }
        SeasonReport ours = season.run(YEAR, applications, experts, threads);
        System.out.print(bare.table());
        System.out.print(bareTuned.table());
        System.out.print(ours.table());
        System.out.printf(Locale.ROOT, "ratio: the skeleton on the application's engine settings runs %.2f× the default settings' throughput%n",
                bareTuned.applicationsPerSecond() / bare.applicationsPerSecond());
        System.out.printf(Locale.ROOT, "ratio: our whole season's throughput is %.3f× the bare engine's default throughput%n",
                ours.applicationsPerSecond() / bare.applicationsPerSecond());
        System.out.println("statements prepared most often in the whole run:\n" + queries.mostPrepared(40));
    }
}
