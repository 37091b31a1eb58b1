package org.brandaward.review;

import org.brandaward.shared.Reasons;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.ExpertAccess;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.Organisation;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.RoundService;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 抽取专家 — draws the programme's number of experts for an application at random among the experts of its field,
 * never one of the applicant's own organisation, one who declared a relation to it, one drawn for it before, or
 * (a programme setting) one of the applicant's city. Each draw is stored with its seed and with who was passed over
 * and why, and audited with how many were passed over for each reason. An expert who declines is replaced by a fresh
 * draw at once. The document review panel and the site review team (whose first drawn expert leads it) are drawn alike.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class ExpertDrawService implements ExpertAccess {

    static final String AUDIT_TYPE = "EXPERT_DRAW";
    static final String ASSIGNMENT_AUDIT_TYPE = "EXPERT_ASSIGNMENT";
    /** Keyed by application: a seat of its review that could not be filled. */
    static final String SEAT_AUDIT_TYPE = "EXPERT_SEAT";
    /** The action of a seat left empty; the record's after state names the stage. */
    static final String SEAT_LEFT_EMPTY = "REPLACEMENT_MISSING";
    static final String REVIEW_PROCESS = "expert-review";
    static final String DECLARATION_TASK = "DeclareConflicts";
    /** The message the application's process waits for until every drawn expert has scored. */
    static final String SCORES_COMPLETE = "expertScoresComplete";
    /** The message the application's process waits for until its site review team has scored. */
    static final String SITE_SCORES_COMPLETE = "siteScoresComplete";

    /** Why an expert of the field was passed over. */
    /**
     * Why an expert was passed over. {@code CITY_UNKNOWN}: where the programme excludes the applicant's city, an
     * expert (or applicant) whose city is still to fix might share it, so they are not drawn until it is fixed.
     */
    public enum Exclusion { OWN_ORGANISATION, DECLARED_RELATION, SAME_CITY, CITY_UNKNOWN, ALREADY_DRAWN, NO_ACCOUNT }

    /** The reason recorded for an expert who let the answer deadline pass. */
    static final String NO_ANSWER = "未在期限内答复 No answer in time";

    private final ExpertRepository experts;
    private final ExpertDrawRepository draws;
    private final ExpertAssignmentRepository assignments;
    private final ScoreSheetRepository sheets;
    private final ApplicationService applications;
    private final OrganisationService organisations;
    private final RoundService rounds;
    private final AuditLog audit;
    private final WorkflowService workflow;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();
    private final ApplicationEventPublisher events;

    ExpertDrawService(ExpertRepository experts, ExpertDrawRepository draws, ExpertAssignmentRepository assignments,
                      ScoreSheetRepository sheets,
                      ApplicationService applications, OrganisationService organisations, RoundService rounds, AuditLog audit,
                      WorkflowService workflow, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.experts = experts;
        this.draws = draws;
        this.assignments = assignments;
        this.sheets = sheets;
        this.applications = applications;
        this.organisations = organisations;
        this.rounds = rounds;
        this.audit = audit;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * Draws as many experts as the programme needs for an application that passed eligibility, and starts each one's
     * review; the process does this (no signed-in user). Refused when the pool has too few.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public ExpertDraw drawExperts(long applicationId) {
        Application application = applications.byIdUnchecked(applicationId);
        return drawAndStart(application, ReviewStage.DOCUMENT, programmeOf(application).expertsPerApplication(), false);
    }

    /** Draws the site review team of an application selected for it: a leader and members, drawn as the panel was. */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public ExpertDraw drawSiteTeam(long applicationId) {
        Application application = applications.byIdUnchecked(applicationId);
        Integer size = programmeOf(application).siteTeamSize();
        if (size == null) {
            throw new RuleViolationException("site.notInProgramme");
        }
        applications.recordStep(applicationId, ApplicationStatus.SCORED, ApplicationStatus.SITE_REVIEW, "SITE_REVIEW_SELECTED", null);
        return drawAndStart(application, ReviewStage.SITE, size, true);
    }

    /** The signed-in expert declares no conflict and accepts confidentiality; only then may they read the application. */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public void declare(long applicationId) {
        ExpertAssignment assignment = ownOpenAssignment(applicationId);
        assignment.declare(clock.instant());
        audit.record(ASSIGNMENT_AUDIT_TYPE, assignment.getId(), "DECLARED", ExpertAssignment.Status.DRAWN, assignment.getStatus(), null);
        workflow.completeTaskOf(applicationId, DECLARATION_TASK, CurrentUser.requireUsername(), Map.of(ProcessVariables.DECLINED, false));
    }

    /**
     * The signed-in expert declines with a reason (a conflict, no time); a decline is always accepted, and a
     * replacement is drawn at once where the pool still has one.
     */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public void decline(long applicationId, String reason) {
        String why = Reasons.required(reason, "draw.declineReasonRequired");
        lockReview(applicationId);
        ExpertAssignment assignment = ownOpenAssignment(applicationId);
        assignment.decline(why, clock.instant());
        audit.record(ASSIGNMENT_AUDIT_TYPE, assignment.getId(), "DECLINED", ExpertAssignment.Status.DRAWN, assignment.getStatus(), why);
        workflow.completeTaskOf(applicationId, DECLARATION_TASK, CurrentUser.requireUsername(), Map.of(ProcessVariables.DECLINED, true));
        replace(applications.byIdUnchecked(applicationId), assignment);
    }

    /** The expert's answer deadline passed: the engine counts it as a decline and draws a replacement where it can. */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public void replaceSilent(long applicationId, String username) {
        lockReview(applicationId);
        Expert expert = experts.findByUsername(username).orElseThrow(() -> new RuleViolationException("draw.notAssigned"));
        ExpertAssignment assignment = openAssignment(applicationId, expert);
        assignment.decline(NO_ANSWER, clock.instant());
        audit.record(ASSIGNMENT_AUDIT_TYPE, assignment.getId(), "NO_ANSWER", ExpertAssignment.Status.DRAWN, assignment.getStatus(), NO_ANSWER);
        replace(applications.byIdUnchecked(applicationId), assignment);
    }

    /**
     * Locks the application's row for the rest of the transaction (see {@link ApplicationService#lock}). Every
     * transaction that can complete a stage of the review — a submitted sheet, a decline, a silent expert replaced, a
     * consensus answer — takes it first, before reading sheets or assignments: two such transactions then run one after
     * the other, and the second sees the first one's sheet or decline, so exactly one of them moves the application
     * on. Without it the last two experts submitting at once each saw only their own sheet, and nobody closed the review.
     */
    void lockReview(long applicationId) {
        applications.lock(applicationId);
    }

    /**
     * When every expert taking part in a stage has submitted, the application moves on: its process stops waiting.
     * Checked after each submission and each decline, since a decline without a replacement can leave the others
     * complete. The caller holds {@link #lockReview}; the sheets and assignments are read from the tables, not from
     * entities the transaction may have loaded before.
     */
    void closeReviewIfComplete(long applicationId, ReviewStage stage) {
        List<String> reviewers = reviewers(applicationId, stage);
        Set<String> submitted = Set.copyOf(sheets.findSubmittedExperts(applicationId, stage));
        if (reviewers.isEmpty() || !submitted.containsAll(reviewers)) {
            return;
        }
        if (stage == ReviewStage.DOCUMENT) {
            applications.recordStep(applicationId, ApplicationStatus.IN_REVIEW, ApplicationStatus.SCORED, "SCORED", null);
            workflow.correlate(SCORES_COMPLETE, applicationId);
        } else {
            applications.recordStep(applicationId, ApplicationStatus.SITE_REVIEW, ApplicationStatus.SITE_SCORED, "SITE_SCORED", null);
            workflow.correlate(SITE_SCORES_COMPLETE, applicationId);
        }
    }

    /**
     * Draws one expert in place of one who left, leading the team if they led it; with none left in the pool the seat
     * stays empty, audited.
     */
    private void replace(Application application, ExpertAssignment left) {
        if (candidates(application, left.getStage()).eligible().isEmpty()) {
            audit.record(SEAT_AUDIT_TYPE, application.getId(), SEAT_LEFT_EMPTY, null, left.getStage(), "no eligible expert left in the pool");
            closeReviewAsEngine(application.getId(), left.getStage());
            return;
        }
        drawAndStart(application, left.getStage(), 1, left.isLeader());
    }

    /**
     * A seat left empty may complete the review. The expert who declined reads the application no more (a step moves
     * only an application its caller may read), so the engine closes it, as it does for a silent expert.
     */
    private void closeReviewAsEngine(long applicationId, ReviewStage stage) {
        try {
            CurrentUser.asEngine(() -> {
                closeReviewIfComplete(applicationId, stage);
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The experts taking part in a stage of the application's review: drawn and not declined, by username. */
    @PreAuthorize("hasAnyRole('OFFICE', 'ADMIN') or hasAuthority('ENGINE')")
    public List<String> reviewers(long applicationId, ReviewStage stage) {
        return assignments.findReviewers(applicationId, stage);
    }

    private ExpertDraw drawAndStart(Application application, ReviewStage stage, int count, boolean firstLeads) {
        ProgrammeDescriptor programme = programmeOf(application);
        ExpertDraw draw = draw(application, stage, count, seeds.nextLong(), firstLeads);
        for (long expertId : draw.getDrawn()) {
            String username = experts.findById(expertId).orElseThrow().getUsername();
            workflow.startApplicationProcess(REVIEW_PROCESS, application.getId(), Map.of(ProcessVariables.EXPERT, username,
                    ProcessVariables.STAGE, stage.name(),
                    ProcessVariables.ANSWER_WORKING_DAYS, programme.answerWorkingDays(),
                    ProcessVariables.SCORING_WORKING_DAYS, programme.scoringWorkingDays()));
        }
        return draw;
    }

    /** Whether the signed-in expert was drawn for the application and has declared, in any stage. */
    @Override
    @PreAuthorize("hasRole('EXPERT')")
    public boolean hasDeclared(long applicationId) {
        return experts.findByUsername(CurrentUser.username())
                .map(expert -> assignments.findByApplicationIdOrderById(applicationId).stream()
                        .anyMatch(a -> a.getExpertId() == expert.getId() && a.getStatus() == ExpertAssignment.Status.DECLARED))
                .orElse(false);
    }

    /** Whether the signed-in expert takes part in the stage of the application's review, having declared. */
    boolean hasDeclared(long applicationId, ReviewStage stage) {
        return experts.findByUsername(CurrentUser.username())
                .flatMap(expert -> assignments.findByApplicationIdAndExpertIdAndStage(applicationId, expert.getId(), stage))
                .map(a -> a.getStatus() == ExpertAssignment.Status.DECLARED).orElse(false);
    }

    @PreAuthorize("hasRole('OFFICE')")
    public List<ExpertAssignment> assignments(long applicationId) {
        return assignments.findByApplicationIdOrderById(applicationId);
    }

    @PreAuthorize("hasRole('OFFICE')")
    public List<ExpertDraw> draws(long applicationId) {
        return draws.findByApplicationIdOrderById(applicationId);
    }

    /** The experts of the application's field who may be drawn for it (ascending ids), and those passed over with why. */
    record Candidates(List<Long> eligible, Map<Long, Exclusion> excluded) {
    }

    Candidates candidates(Application application, ReviewStage stage) {
        Organisation organisation = organisations.byIdUnchecked(application.getOrganisationId());
        ProgrammeDescriptor programme = programmeOf(application);
        Set<Long> drawnBefore = assignments.findByApplicationIdAndStageOrderById(application.getId(), stage).stream()
                .map(ExpertAssignment::getExpertId).collect(Collectors.toSet());
        Map<Long, Exclusion> excluded = new TreeMap<>();
        List<Long> eligible = new ArrayList<>();
        for (Expert expert : experts.findAll(Sort.by("id"))) {
            if (!expert.getFields().contains(programme.family())) {
                continue;
            }
            Exclusion exclusion = exclusionOf(expert, organisation, programme, drawnBefore);
            if (exclusion == null) {
                eligible.add(expert.getId());
            } else {
                excluded.put(expert.getId(), exclusion);
            }
        }
        return new Candidates(eligible, excluded);
    }

    ExpertDraw draw(Application application, ReviewStage stage, int count, long seed, boolean firstLeads) {
        Candidates candidates = candidates(application, stage);
        if (candidates.eligible().size() < count) {
            throw new RuleViolationException("draw.notEnoughExperts", count, candidates.eligible().size());
        }
        List<Long> picked = ExpertDraw.pick(candidates.eligible(), seed, count);
        ExpertDraw draw = draws.save(new ExpertDraw(application.getId(), stage, seed, candidates.eligible(), candidates.excluded(), picked,
                CurrentUser.username(), clock.instant()));
        for (int i = 0; i < picked.size(); i++) {
            assignments.save(new ExpertAssignment(application.getId(), picked.get(i), draw.getId(), stage, firstLeads && i == 0));
        }
        experts.findAllById(picked).forEach(expert ->
                events.publishEvent(new ExpertDrawn(application.getId(), expert.getId(), expert.getUsername(), stage)));
        audit.record(AUDIT_TYPE, draw.getId(), "DRAWN", null, null, "application " + application.getId() + ", " + stage
                + ", seed " + seed + ", drawn " + picked + ", " + exclusionSummary(candidates.excluded()));
        return draw;
    }

    /**
     * How many experts were passed over, by reason ({@code excluded 312: OWN_ORGANISATION 2, SAME_CITY 110, ...}): the
     * audit row stays short however large the pool; who was passed over is stored with the draw.
     */
    static String exclusionSummary(Map<Long, Exclusion> excluded) {
        Map<Exclusion, Long> counts = new EnumMap<>(Exclusion.class);
        excluded.values().forEach(reason -> counts.merge(reason, 1L, Long::sum));
        return "excluded " + excluded.size() + (counts.isEmpty() ? "" : ": " + counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    /**
     * Why an expert of the field may not review the organisation's application, or null when they may. The employer
     * is matched by credit code, or by its registered name where the pool has no code for it.
     */
    static Exclusion exclusionOf(Expert expert, Organisation organisation, ProgrammeDescriptor programme, Set<Long> drawnBefore) {
        boolean ownEmployer = expert.getEmployerCreditCode() != null
                ? expert.getEmployerCreditCode().equals(organisation.getCreditCode())
                : expert.getEmployer().equals(organisation.getName());
        if (ownEmployer) {
            return Exclusion.OWN_ORGANISATION;
        }
        if (expert.getRelatedCreditCodes().contains(organisation.getCreditCode())) {
            return Exclusion.DECLARED_RELATION;
        }
        if (programme.excludeExpertsOfApplicantCity()) {
            if (expert.getCityCode() == null || organisation.getCityCode() == null) {
                return Exclusion.CITY_UNKNOWN;
            }
            if (expert.getCityCode().equals(organisation.getCityCode())) {
                return Exclusion.SAME_CITY;
            }
        }
        if (drawnBefore.contains(expert.getId())) {
            return Exclusion.ALREADY_DRAWN;
        }
        return expert.getUsername() == null ? Exclusion.NO_ACCOUNT : null;
    }

    private ExpertAssignment ownOpenAssignment(long applicationId) {
        Expert expert = experts.findByUsername(CurrentUser.requireUsername())
                .orElseThrow(() -> new RuleViolationException("draw.notAssigned"));
        return openAssignment(applicationId, expert);
    }

    /** The expert's assignment to the application still waiting for an answer; stages follow each other, so one. */
    private ExpertAssignment openAssignment(long applicationId, Expert expert) {
        return assignments.findByApplicationIdOrderById(applicationId).stream()
                .filter(a -> a.getExpertId() == expert.getId() && a.getStatus() == ExpertAssignment.Status.DRAWN)
                .findFirst().orElseThrow(() -> new RuleViolationException("draw.notAssigned"));
    }

    private ProgrammeDescriptor programmeOf(Application application) {
        return rounds.programmeOf(rounds.get(application.getRoundId()));
    }
}
