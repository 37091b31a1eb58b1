package org.brandaward.review;

import org.brandaward.RuleViolationException;
import org.brandaward.application.ApplicationService;
import org.brandaward.security.CurrentUser;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.RoundService;
import org.brandaward.workflow.WorkflowService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Expert scoring of applications that passed eligibility. */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private final ExpertScoreRepository scores;
    private final ExpertDrawService draws;
    private final ApplicationService applications;
    private final WorkflowService workflow;
    private final RoundService rounds;
    private final Clock clock;

    ReviewService(ExpertScoreRepository scores, ExpertDrawService draws, ApplicationService applications, WorkflowService workflow,
                  RoundService rounds, Clock clock) {
        this.rounds = rounds;
        this.scores = scores;
        this.draws = draws;
        this.applications = applications;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * Records the signed-in expert's total score (0–100) and comment and completes its scoring task; the expert must
     * have been drawn and have declared. When the last expert has scored, the application moves on to approval.
     */
    @Transactional
    @PreAuthorize("hasRole('EXPERT')")
    public ExpertScore submitScore(String taskId, long applicationId, Integer total, String comment) {
        if (total == null || total < ExpertScore.MIN || total > ExpertScore.MAX) {
            throw new RuleViolationException("review.scoreRange", ExpertScore.MIN, ExpertScore.MAX);
        }
        if (comment == null || comment.isBlank()) {
            throw new RuleViolationException("review.commentRequired");
        }
        if (comment.strip().length() > ExpertScore.COMMENT_MAX) {
            throw new RuleViolationException("validation.tooLong");
        }
        applications.get(applicationId);
        ExpertScore score = scores.save(new ExpertScore(applicationId, CurrentUser.requireUsername(), total, comment.strip(), clock.instant()));
        workflow.complete(taskId, applicationId, Map.of());
        draws.closeReviewIfComplete(applicationId);
        return score;
    }

    /**
     * The experts' totals of an application made into one figure by the programme's settings: trimmed mean, spread,
     * and whether the spread flags it for a consensus discussion; empty before any expert scored.
     */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public Optional<Aggregation> aggregationOf(long applicationId) {
        List<BigDecimal> totals = scores.findByApplicationId(applicationId).stream().map(s -> BigDecimal.valueOf(s.getTotal())).toList();
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        ProgrammeDescriptor programme = programmeOf(applicationId);
        return Optional.of(Aggregation.of(totals, ExpertScore.MAX, programme.trimFromExperts(),
                BigDecimal.valueOf(programme.spreadFlagPercent()).movePointLeft(2)));
    }

    /** The share of the scale, in per cent, above which a spread flags an application of this programme. */
    public int spreadFlagPercentOf(long applicationId) {
        return programmeOf(applicationId).spreadFlagPercent();
    }

    private ProgrammeDescriptor programmeOf(long applicationId) {
        return rounds.programmeOf(rounds.get(applications.byId(applicationId).getRoundId()));
    }

    /** Scores of an application, for the office deciding on it. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public List<ExpertScore> scoresOf(long applicationId) {
        return scores.findByApplicationId(applicationId);
    }
}
