package org.brandaward.review;

import org.brandaward.Fixture;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.workflow.WorkflowService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** Experts in the pool, and their declarations and score sheets. */
@Fixture
public class ReviewFixtures {

    /** The decline reason the {@link #noExpertLeft} rows carry, so a test can tell them from the experts who really took part. */
    static final String FIXTURE = "fixture";

    private final OrganisationFixtures people;
    private final WorkflowFixtures tasks;
    private final WorkflowService workflow;
    private final ExpertPoolService pool;
    private final ExpertDrawService draws;
    private final ReviewService reviews;

    ReviewFixtures(OrganisationFixtures people, WorkflowFixtures tasks, WorkflowService workflow, ExpertPoolService pool,
                   ExpertDrawService draws, ReviewService reviews) {
        this.people = people;
        this.tasks = tasks;
        this.workflow = workflow;
        this.pool = pool;
        this.draws = draws;
        this.reviews = reviews;
    }

    /**
     * A new expert of one field in the pool, with an account of their own (password
     * {@link org.brandaward.organisation.DemoAccounts#PASSWORD}), added by the signed-in office.
     */
    public Expert expertInPool(String name, String cityCode, String employer, ProgrammeDescriptor.Family field) {
        var form = new ExpertForm();
        form.setName(name);
        form.setCityCode(cityCode);
        form.setEmployer(employer);
        form.setFields(EnumSet.of(field));
        form.setUsername(people.account("test-expert", name, Roles.EXPERT));
        return pool.save(null, form);
    }

    /**
     * Every expert drawn for an application that passed eligibility declares no conflict and submits a sheet whose
     * total is the n-th of {@code totals} (repeated when fewer are given), on the rubric's scale; the test is left
     * signed out.
     */
    public void reviewedByExperts(long applicationId, int... totals) {
        scoredInStage(applicationId, ReviewStage.DOCUMENT, totals);
    }

    /** As {@link #reviewedByExperts}, for the site review team. */
    public void scoredOnSite(long applicationId, int... totals) {
        scoredInStage(applicationId, ReviewStage.SITE, totals);
    }

    private void scoredInStage(long applicationId, ReviewStage stage, int... totals) {
        List<String> experts = SignIn.asEngine(() -> draws.reviewers(applicationId, stage));
        for (int i = 0; i < experts.size(); i++) {
            SignIn.as(experts.get(i), Roles.EXPERT);
            if (workflow.inbox().stream().anyMatch(t -> t.applicationId() == applicationId && t.key().equals("DeclareConflicts"))) {
                draws.declare(applicationId);
            }
            reviews.submit(tasks.task(applicationId, "ScoreApplication"), applicationId, stage,
                    sheetTotalling(reviews.rubricOf(applicationId), totals[i % totals.length]));
        }
        SignIn.out();
    }

    /**
     * Item scores adding up to {@code total}: under percentages every item gets the same percentage; under points each
     * item its share, the remainder spread from the first item on. Formula items given otherwise carry a reason.
     */
    public static List<ReviewService.ItemEntry> sheetTotalling(Rubric rubric, int total) {
        List<ReviewService.ItemEntry> entries = new ArrayList<>();
        if (rubric.scoring() == Rubric.Scoring.PERCENT_STEPS) {
            int percent = total * 100 / rubric.scale();
            rubric.items().forEach(item -> entries.add(entry(item, percent)));
            return entries;
        }
        int[] given = rubric.items().stream().mapToInt(item -> item.points() * total / rubric.scale()).toArray();
        int remainder = total - Arrays.stream(given).sum();
        for (int i = 0; remainder > 0; i = (i + 1) % given.length) {
            if (given[i] < rubric.items().get(i).points()) {
                given[i]++;
                remainder--;
            }
        }
        for (int i = 0; i < given.length; i++) {
            entries.add(entry(rubric.items().get(i), given[i]));
        }
        return entries;
    }

    private static ReviewService.ItemEntry entry(Rubric.Item item, int given) {
        return new ReviewService.ItemEntry(item.id(), given, item.formula() == null ? null : "按核实的数据评分",
                "方法系统，展开充分。", "测量分析有待加强。");
    }

    /**
     * Every expert of the pool not drawn for the stage of the application counts as drawn before and declined, so the
     * next decline leaves its seat empty: quicker than declining the whole pool one by one, which other tests keep
     * growing. Set straight in the tables: the services would take many steps.
     */
    static void noExpertLeft(JdbcTemplate jdbc, long applicationId, ReviewStage stage) {
        jdbc.update("""
                insert into expert_assignment (application_id, expert_id, draw_id, stage, leader, status, decline_reason)
                select ?, e.id, (select min(d.id) from expert_draw d where d.application_id = ?), ?, false, 'DECLINED', ?
                from expert e
                where e.id not in (select a.expert_id from expert_assignment a where a.application_id = ? and a.stage = ?)""",
                applicationId, applicationId, stage.name(), FIXTURE, applicationId, stage.name());
    }
}
