package org.brandaward.review;

import org.brandaward.shared.Reasons;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.ApplicationService;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.brandaward.survey.SatisfactionFigure;
import org.brandaward.survey.SatisfactionService;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expert scoring against the programme's rubric, item by item: a sheet is a draft until submitted, then locked. An
 * expert never sees another expert's sheet except in a consensus discussion the office opened, after submitting their
 * own; there they may revise with a reason, and the original stays beside the revision.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class ReviewService {

    static final String AUDIT_TYPE = "SCORE_SHEET";
    /**
     * Keyed by application: who was asked into its consensus discussion. Experts' names go to records of the review
     * like this one (and the draw's, the assignments', the sheets'), never to the application's own records, which
     * its applicant reads as the timeline.
     */
    static final String CONSENSUS_AUDIT_TYPE = "CONSENSUS";
    /** The expert's scoring task (专家评分), due after the programme's scoringWorkingDays. */
    public static final String SCORING_TASK = "ScoreApplication";
    static final String OPEN_CONSENSUS_TASK = "OpenConsensus";
    static final String CONSENSUS_TASK = "Consensus";

    /** What an expert gives one item: a percentage or points; the reason is needed where it differs from a formula. */
    public record ItemEntry(String itemId, Integer given, String adjustReason, String strengths, String opportunities) {
    }

    private final ScoreSheetRepository sheets;
    private final Scoreboard scoreboard;
    private final ExpertDrawService draws;
    private final ApplicationService applications;
    private final WorkflowService workflow;
    private final AuditLog audit;
    private final Clock clock;
    private final SatisfactionService satisfactions;

    ReviewService(ScoreSheetRepository sheets, Scoreboard scoreboard, ExpertDrawService draws, ApplicationService applications,
                  WorkflowService workflow, AuditLog audit, Clock clock, SatisfactionService satisfactions) {
        this.satisfactions = satisfactions;
        this.sheets = sheets;
        this.scoreboard = scoreboard;
        this.draws = draws;
        this.applications = applications;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rubric the application is scored by, for whoever may read the application. */
    public Rubric rubricOf(long applicationId) {
        applications.requireReadable(applicationId);
        return scoreboard.rubricOf(applicationId);
    }

    /**
     * The points each formula item of the rubric earns from the figures the application reports, and a satisfaction
     * item from the satisfaction figure; an item without the figures it needs is left to the expert.
     */
    public Map<String, Integer> formulaScores(long applicationId) {
        List<org.brandaward.application.Figure> figures = applications.get(applicationId).getFigures();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Rubric.Item item : scoreboard.rubricOf(applicationId).items()) {
            if (item.formula() == null) {
                continue;
            }
            if (item.formula().measure() == Formula.Measure.SATISFACTION) {
                SatisfactionFigure satisfaction = satisfactions.figureOf(applicationId);
                BigDecimal combined = satisfaction == null ? null : satisfaction.combined();
                if (combined != null) {
                    scores.put(item.id(), item.formula().pointsOf(item.points(), combined));
                }
            } else {
                item.formula().points(item.points(), figures).ifPresent(points -> scores.put(item.id(), points));
            }
        }
        return scores;
    }

    /** Whether experts see the application without the applicant's identity (the programme's blind review setting). */
    public boolean isBlind(long applicationId) {
        return scoreboard.programmeOf(applicationId).blindReview();
    }

    /** The signed-in expert's sheet of a stage, if they started one. */
    @PreAuthorize("hasRole('EXPERT')")
    public Optional<ScoreSheet> ownSheet(long applicationId, ReviewStage stage) {
        requireDeclared(applicationId, stage);
        return sheets.findByApplicationIdAndExpertAndStage(applicationId, CurrentUser.requireUsername(), stage);
    }

    /** Saves what the expert gave so far; items may be missing, but what is given must fit the rubric. */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public ScoreSheet saveDraft(long applicationId, ReviewStage stage, List<ItemEntry> entries) {
        ScoreSheet sheet = record(applicationId, stage, entries);
        audit.record(AUDIT_TYPE, sheet.getId(), "DRAFT_SAVED", null, null, stage + ", " + entries.size() + " items");
        return sheet;
    }

    /**
     * Submits the sheet, every item given, and completes the expert's scoring task; locked from then on. When the last
     * expert of the stage has submitted, the application moves on.
     */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public ScoreSheet submit(String taskId, long applicationId, ReviewStage stage, List<ItemEntry> entries) {
        draws.lockReview(applicationId);
        ScoreSheet sheet = record(applicationId, stage, entries);
        Rubric rubric = scoreboard.rubricOf(applicationId);
        long missing = rubric.items().stream().filter(item -> sheet.item(item.id()).isEmpty()).count();
        if (missing > 0) {
            throw new RuleViolationException("review.itemsMissing", missing);
        }
        sheet.submit(clock.instant());
        audit.record(AUDIT_TYPE, sheet.getId(), "SUBMITTED", null, sheet.total(rubric), stage + ", application " + applicationId);
        workflow.complete(taskId, applicationId, Map.of());
        draws.closeReviewIfComplete(applicationId, stage);
        return sheet;
    }

    private ScoreSheet record(long applicationId, ReviewStage stage, List<ItemEntry> entries) {
        requireDeclared(applicationId, stage);
        Rubric rubric = scoreboard.rubricOf(applicationId);
        Map<String, Integer> formulas = formulaScores(applicationId);
        Map<String, ItemScore> items = new HashMap<>();
        for (ItemEntry entry : entries) {
            Rubric.Item item = rubric.item(entry.itemId());
            String strengths = text(entry.strengths());
            String opportunities = text(entry.opportunities());
            if (entry.given() == null) {
                if (strengths != null || opportunities != null) {
                    throw new RuleViolationException("review.itemScoreMissing", item.id());
                }
                continue;
            }
            rubric.score(item, entry.given());
            Integer formula = formulas.get(item.id());
            String adjustReason = Reasons.optional(entry.adjustReason());
            if (formula != null && !formula.equals(entry.given()) && adjustReason == null) {
                throw new RuleViolationException("review.adjustReasonRequired", item.id(), formula);
            }
            items.put(item.id(), new ItemScore(entry.given(), formula, formula == null || formula.equals(entry.given()) ? null : adjustReason,
                    strengths, opportunities));
        }
        String expert = CurrentUser.requireUsername();
        ScoreSheet sheet = sheets.findByApplicationIdAndExpertAndStage(applicationId, expert, stage)
                .orElseGet(() -> new ScoreSheet(applicationId, expert, stage));
        sheet.record(items);
        return sheets.save(sheet);
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > ItemScore.TEXT_MAX) {
            throw new RuleViolationException("validation.tooLong");
        }
        return value.strip();
    }

    private void requireDeclared(long applicationId, ReviewStage stage) {
        if (!draws.hasDeclared(applicationId, stage)) {
            throw new AccessDeniedException("application " + applicationId);
        }
    }

    /**
     * The office opens the consensus discussion of a flagged application: each expert who scored gets a task. The
     * applicant's timeline shows the step; who takes part is recorded on the discussion only.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void openConsensus(String taskId, long applicationId) {
        List<String> experts = scoreboard.submitted(applicationId, ReviewStage.DOCUMENT).stream().map(ScoreSheet::getExpert).toList();
        audit.record(ApplicationService.AUDIT_TYPE, applicationId, "CONSENSUS_OPENED", null, null, null);
        audit.record(CONSENSUS_AUDIT_TYPE, applicationId, "OPENED", null, null, String.join(",", experts));
        workflow.complete(taskId, applicationId, Map.of(ProcessVariables.CONSENSUS_EXPERTS, experts));
    }

    /**
     * The document sheets of an application, for an expert in its consensus discussion: only with their own sheet
     * submitted and the discussion open for them.
     */
    @PreAuthorize("hasRole('EXPERT')")
    public List<ScoreSheet> consensusSheets(long applicationId) {
        requireInConsensus(applicationId);
        return scoreboard.submitted(applicationId, ReviewStage.DOCUMENT);
    }

    /**
     * The expert's revisions in the consensus discussion (item to new value; unchanged items may be left out) with
     * one reason, which is required when anything changes. Completes the expert's part of the discussion.
     */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public void revise(long applicationId, Map<String, Integer> revisions, String reason) {
        // The last answer completes the discussion and moves the process on; answers given at once would collide there.
        draws.lockReview(applicationId);
        requireInConsensus(applicationId);
        ScoreSheet sheet = sheets.findByApplicationIdAndExpertAndStage(applicationId, CurrentUser.requireUsername(), ReviewStage.DOCUMENT)
                .orElseThrow(() -> new AccessDeniedException("application " + applicationId));
        Rubric rubric = scoreboard.rubricOf(applicationId);
        Map<String, Integer> changed = new LinkedHashMap<>();
        revisions.forEach((itemId, value) -> {
            if (value != null && value != sheet.item(itemId).map(ItemScore::effective).orElseThrow(
                    () -> new RuleViolationException("rubric.unknownItem", itemId))) {
                rubric.score(rubric.item(itemId), value);
                changed.put(itemId, value);
            }
        });
        BigDecimal before = sheet.total(rubric);
        if (!changed.isEmpty()) {
            String why = Reasons.required(reason, "review.revisionReasonRequired");
            changed.forEach((itemId, value) -> sheet.revise(itemId, value, why, clock.instant()));
            audit.record(AUDIT_TYPE, sheet.getId(), "REVISED", before, sheet.total(rubric), changed + ": " + why);
        } else {
            audit.record(AUDIT_TYPE, sheet.getId(), "CONFIRMED", before, before, "consensus");
        }
        workflow.completeTaskOf(applicationId, CONSENSUS_TASK, CurrentUser.requireUsername(), Map.of());
    }

    private void requireInConsensus(long applicationId) {
        String expert = CurrentUser.requireUsername();
        boolean submitted = sheets.findByApplicationIdAndExpertAndStage(applicationId, expert, ReviewStage.DOCUMENT)
                .map(ScoreSheet::isSubmitted).orElse(false);
        boolean open = workflow.inbox().stream().anyMatch(t -> t.applicationId() == applicationId && t.key().equals(CONSENSUS_TASK));
        if (!submitted || !open) {
            throw new AccessDeniedException("consensus of application " + applicationId);
        }
    }

    /** The submitted sheets of a stage, for the office deciding on the application. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public List<ScoreSheet> sheetsOf(long applicationId, ReviewStage stage) {
        return scoreboard.submitted(applicationId, stage);
    }

    /** A stage's totals made into one figure by the programme's settings; empty before anyone submitted. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public Optional<Aggregation> aggregationOf(long applicationId, ReviewStage stage) {
        return scoreboard.aggregation(applicationId, stage);
    }

    /** The document and site scores combined by the site weight, or the document score alone. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public Optional<BigDecimal> combinedOf(long applicationId) {
        return scoreboard.combined(applicationId);
    }

    /** The share of the scale, in per cent, above which a spread flags an application of this programme. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public int spreadFlagPercentOf(long applicationId) {
        return scoreboard.programmeOf(applicationId).spreadFlagPercent();
    }
}
