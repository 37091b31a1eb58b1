package org.brandaward.workflow;

import org.brandaward.database.TestDatabases;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * One Camunda engine per test JVM for fast process tests, without Spring: a database of its own on the embedded
 * PostgreSQL, no job executor (tests execute jobs), full history (so tests can ask which activities were passed),
 * and {@link MockExpressionManager}, so {@code ${someDelegate}} resolves to what a test registers with
 * {@code Mocks.register}. Tests deploy only the models they exercise ({@code @Deployment}); the extension removes
 * each test's deployment, with its instances, and resets the engine clock after it.
 * <pre>
 * &#64;RegisterExtension
 * static ProcessEngineExtension engine = ProcessTestEngine.extension();
 * </pre>
 */
public final class ProcessTestEngine {

    private static ProcessEngine engine;

    private ProcessTestEngine() {
    }

    /** Camunda's JUnit 5 extension on this JVM's engine. */
    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
    }

    public static synchronized ProcessEngine engine() {
        if (engine == null) {
            TestDatabases.Database database = TestDatabases.create("process_test");
            ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) new StandaloneProcessEngineConfiguration()
                    .setProcessEngineName("process-test")
                    .setJdbcDriver("org.postgresql.Driver")
                    .setJdbcUrl(database.jdbcUrl())
                    .setJdbcUsername(database.username())
                    .setJdbcPassword("")
                    .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                    .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                    .setJobExecutorActivate(false);
            configuration.setExpressionManager(new MockExpressionManager());
            configuration.setMetricsEnabled(false);
            configuration.setDbMetricsReporterActivate(false);
            ProcessEngine built = configuration.buildProcessEngine();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                built.close();
                try {
                    database.close();
                } catch (Exception e) {
                    // the JVM is ending; PostgreSQL stops with the last lease or with it
                }
            }, "process-test-engine-shutdown"));
            engine = built;
        }
        return engine;
    }
}
