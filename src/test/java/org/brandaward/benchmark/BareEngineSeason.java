package org.brandaward.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The ceiling of the season: a bare Camunda engine with its default settings (a standalone engine on a database of
 * its own on the same PostgreSQL, history level "audit", MyBatis' pooled connections) running the season's skeleton —
 * our BPMN models, deployed from {@code bpmn/}, with no-op delegates that only set the variables the gateways read —
 * in the same steps and threads as {@link SeasonRun}: each application through county and city, eligibility, five
 * experts declaring and scoring, each round's committee, notice (its timer fired by moving the engine's clock) and
 * list approval, then every listed application's outcome and its certificate's validity process.
 */
public final class BareEngineSeason implements AutoCloseable {

    /** An application process of the season's skeleton: its model, its routing and how many run through it. */
    public record Shape(String processKey, boolean countyLevel, boolean certifies, int applications) {
    }

    private static final int EXPERTS = 5;
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000 * 1_000);

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TaskService tasks;

    private BareEngineSeason(ProcessEngine engine) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
    }

    /**
     * A bare engine on the database {@code database} of the server the application's datasource reaches (created
     * when missing), with the models deployed; with the engine settings of {@code tunedAs} (the application's engine)
     * where it is given, Camunda's defaults otherwise.
     */
    public static BareEngineSeason on(DataSource application, String database, ProcessEngineConfigurationImpl tunedAs) {
        HikariDataSource hikari = unwrap(application);
        JdbcTemplate jdbc = new JdbcTemplate(application);
        if (jdbc.queryForObject("select count(*) from pg_database where datname = ?", Integer.class, database) == 0) {
            jdbc.execute("create database " + database);
        }
        String url = hikari.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("bare-" + database)
                .setJdbcUrl(url)
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername(hikari.getUsername())
                .setJdbcPassword(hikari.getPassword())
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setJobExecutorActivate(false);
        configuration.setBeans(new HashMap<>(beans()));
        if (tunedAs != null) {
            settingsOf(tunedAs, configuration);
        }
        ProcessEngine engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("season skeleton").enableDuplicateFiltering(true);
        try (DirectoryStream<Path> models = Files.newDirectoryStream(Path.of("bpmn"), "*.bpmn")) {
            for (Path model : models) {
                deployment.addString(model.getFileName().toString(), Files.readString(model));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deployment.deploy();
        return new BareEngineSeason(engine);
    }

    /** Runs the skeleton of a season of these shapes, one round per shape, the per-application steps on {@code threads}. */
    public SeasonReport run(String name, List<Shape> shapes, int threads) {
        int applications = shapes.stream().mapToInt(Shape::applications).sum();
        SeasonReport report = new SeasonReport(name, applications, threads, () -> -1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // one round per shape; two shapes alike are still two rounds
            Map<Shape, List<Long>> rounds = new IdentityHashMap<>();
            shapes.forEach(shape -> rounds.put(shape, LongStream.range(0, shape.applications()).map(i -> SEQUENCE.incrementAndGet()).boxed().toList()));
            List<Long> ids = rounds.values().stream().flatMap(List::stream).toList();
            Map<Long, Shape> shapeOf = new HashMap<>();
            Map<Shape, String> roundKeys = new IdentityHashMap<>();
            rounds.forEach((shape, roundIds) -> roundIds.forEach(id -> shapeOf.put(id, shape)));

            report.stage("applications submitted", () -> Parallel.each(pool, ids, id -> {
                Shape shape = shapeOf.get(id);
                runtime.startProcessInstanceByKey(shape.processKey(), Long.toString(id), Map.of(
                        "applicationId", id, "countyLevel", shape.countyLevel(), "countyGroup", "county", "cityGroup", "city",
                        "certifies", shape.certifies()));
            }));
            report.stage("county and city recommendations", () -> Parallel.each(pool, ids, this::recommended));
            report.stage("eligibility passed, five experts drawn", () -> Parallel.each(pool, ids, id ->
                    complete(id, "CheckEligibility", Map.of("supplement", false, "eligible", true))));
            report.stage("experts declared and scored (document review)", () -> Parallel.each(pool, ids, id -> {
                for (Task declaration : tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(id)).taskDefinitionKey("DeclareConflicts").list()) {
                    tasks.complete(declaration.getId(), Map.of("declined", false));
                }
                for (Task sheet : tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(id)).taskDefinitionKey("ScoreApplication").list()) {
                    tasks.complete(sheet.getId());
                }
                runtime.createMessageCorrelation("expertScoresComplete").processInstanceBusinessKey(Long.toString(id)).correlate();
            }));
            report.stage("committees decided (rounds)", () -> {
                rounds.forEach((shape, roundIds) -> {
                    String key = "round-" + SEQUENCE.incrementAndGet();
                    roundKeys.put(shape, key);
                    runtime.startProcessInstanceByKey("round-decision", key, Map.of("roundId", 0L));
                    Task meeting = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("CommitteeMeeting").singleResult();
                    tasks.complete(meeting.getId(), Map.of(ProcessVariables.CANDIDATE_IDS, ProcessVariables.handOver(
                            roundIds.stream().map(String::valueOf).collect(Collectors.joining(","))), ProcessVariables.TIERS, ""));
                });
                return rounds.size();
            });
            report.stage("notices: objections filed and decided, ended by the timer (rounds)", () -> {
                ClockUtil.setCurrentTime(later(40));
                roundKeys.values().forEach(key -> fireTimersDueBefore(key, later(1)));
                return rounds.size();
            });
            report.stage("lists approved and published (rounds)", () -> {
                rounds.forEach((shape, roundIds) -> {
                    Task approval = tasks.createTaskQuery().processInstanceBusinessKey(roundKeys.get(shape)).taskDefinitionKey("ApproveList").singleResult();
                    tasks.complete(approval.getId());
                    roundIds.forEach(id -> runtime.createMessageCorrelation("RoundOutcome").processInstanceBusinessKey(Long.toString(id))
                            .setVariables(Map.of("approved", id % 10 != 0, "certifies", shape.certifies())).correlate());
                });
                return rounds.size();
            });
            List<Long> certified = ids.stream().filter(id -> id % 10 != 0 && shapeOf.get(id).certifies()).toList();
            report.stage("certificates issued by the batch", () -> Parallel.each(pool, certified, id ->
                    runtime.startProcessInstanceByKey("title-validity", "title-" + id,
                            Map.of("applicationId", id, "certificateId", id, "recheck", false))));
            return report;
        } finally {
            pool.shutdownNow();
            ClockUtil.reset();
        }
    }

    /** Through the recommendation tasks (and a city notice's timer) to the eligibility review. */
    private void recommended(long id) {
        for (int step = 0; step < 10; step++) {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(id)).list();
            if (open.stream().anyMatch(task -> task.getTaskDefinitionKey().equals("CheckEligibility"))) {
                return;
            }
            if (open.isEmpty()) {
                fireTimersDueBefore(Long.toString(id), later(40));
                continue;
            }
            tasks.complete(open.get(0).getId(), Map.of("supplement", false, "recommended", true, "withdrawn", false));
        }
        throw new AssertionError("skeleton application " + id + " did not reach the province");
    }

    /** Fires the timers of the processes with this business key that are due before {@code before}. */
    private void fireTimersDueBefore(String businessKey, Date before) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().forEach(instance ->
                engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                        .duedateLowerThan(before).list().forEach(job -> engine.getManagementService().executeJob(job.getId())));
    }

    private void complete(long id, String key, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(Long.toString(id)).taskDefinitionKey(key).singleResult();
        tasks.complete(task.getId(), variables);
    }

    /** The settings that decide the engine's speed, as the application's engine has them. */
    private static void settingsOf(ProcessEngineConfigurationImpl from, ProcessEngineConfigurationImpl to) {
        to.setHistory(from.getHistoryLevel().getName());
        to.setJdbcBatchProcessing(from.isJdbcBatchProcessing());
        to.setMetricsEnabled(from.isMetricsEnabled());
        to.setDbMetricsReporterActivate(from.isDbMetricsReporterActivate());
        to.setTaskMetricsEnabled(from.isTaskMetricsEnabled());
        if (from.getIdGenerator() instanceof StrongUuidGenerator) {
            to.setIdGenerator(new StrongUuidGenerator());
        }
    }

    /** The beans our models' expressions name: delegates that do nothing but set what the gateways read, and dates. */
    private static Map<String, Object> beans() {
        JavaDelegate nothing = execution -> { };
        Map<String, Object> beans = new HashMap<>();
        for (String name : List.of("remindTitleHolderDelegate", "expireTitleDelegate", "withdrawOverdueApplicationDelegate",
                "replaceSilentExpertDelegate", "publishListDelegate", "openTitleRecheckDelegate", "drawSiteTeamDelegate")) {
            beans.put(name, nothing);
        }
        beans.put("openNoticeDelegate", (JavaDelegate) execution -> execution.setVariable("noticeEnds", later(7)));
        beans.put("checkObjectionsDelegate", (JavaDelegate) execution -> execution.setVariable("objectionsUndecided", false));
        beans.put("closeNoticeDelegate", (JavaDelegate) execution -> execution.setVariable("upheld", false));
        beans.put("aggregateScoresDelegate", (JavaDelegate) execution -> {
            execution.setVariable("consensusNeeded", false);
            execution.setVariable("siteReview", false);
        });
        beans.put("drawExpertsDelegate", (JavaDelegate) execution -> {
            for (int i = 0; i < EXPERTS; i++) {
                execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey("expert-review",
                        execution.getProcessBusinessKey(), Map.of("expert", "expert-" + i,
                                "applicationId", execution.getVariable("applicationId"), "answerWorkingDays", 3, "scoringWorkingDays", 10));
            }
        });
        beans.put("workingDays", new Dates());
        beans.put("supplementDeadlines", new Dates());
        beans.put("titleValidityDates", new Dates());
        return beans;
    }

    private static Date later(int days) {
        return new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(days).toMillis());
    }

    /** The due dates the models' timers and tasks ask for: some days ahead. */
    public static final class Dates {
        public Date dueAfter(int workingDays) {
            return later(workingDays + 4);
        }

        public Date dueOf(long applicationId) {
            return later(14);
        }

        public Date reminder(long certificateId, int daysBefore) {
            return later(3 * 365 - daysBefore);
        }

        public Date expiry(long certificateId) {
            return later(3 * 365);
        }

        public Date rectificationDue(long certificateId) {
            return later(180);
        }
    }

    private static HikariDataSource unwrap(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("the benchmark needs the application's Hikari datasource", e);
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
