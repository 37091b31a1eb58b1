package org.brandaward.review;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.brandaward.security.KnownRolesOnly;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 排名 — the applications of a round that experts scored, best first, with the tier each would take within the
 * round's quota; and the office's selection of the best for the site review. Where the programme holds site reviews,
 * the applications reviewed on site rank ahead of the others, by the combined score. Document scores are ordered by
 * the experts' raw totals, or by their z-scores per expert across the round where the programme normalises; both are
 * always shown.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class RankingService {

    static final String SITE_SELECTION_MESSAGE = "siteSelectionDecided";
    static final String AWAIT_SITE_SELECTION = "AwaitSiteSelection";

    /**
     * One line of the ranking.
     *
     * @param tier        the tier the rank falls in within the round's quota (the first tier), or beyond it (the next
     *                    tier, where there is one); null for a single-tier programme
     * @param withinQuota whether the rank is within the round's quota (always, where the round has none)
     */
    public record Ranked(int rank, long applicationId, String applicant, String entry, ApplicationStatus status,
                         Aggregation document, BigDecimal meanZ, Aggregation site, BigDecimal combined,
                         ProgrammeDescriptor.Tier tier, boolean withinQuota) {
    }

    private final ApplicationService applications;
    private final OrganisationService organisations;
    private final RoundService rounds;
    private final Scoreboard scoreboard;
    private final WorkflowService workflow;
    private final AuditLog audit;

    RankingService(ApplicationService applications, OrganisationService organisations, RoundService rounds, Scoreboard scoreboard,
                   WorkflowService workflow, AuditLog audit) {
        this.applications = applications;
        this.organisations = organisations;
        this.rounds = rounds;
        this.scoreboard = scoreboard;
        this.workflow = workflow;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public List<Ranked> ranking(long roundId) {
        Round round = rounds.get(roundId);
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        List<Application> scored = applications.ofRound(roundId).stream().filter(a -> scoredByExperts(a.getStatus())).toList();
        Map<Long, BigDecimal> meanZ = meanZScores(scored);
        List<Scores> ordered = new ArrayList<>();
        for (Application application : scored) {
            Aggregation document = scoreboard.aggregation(application.getId(), ReviewStage.DOCUMENT).orElse(null);
            Aggregation site = scoreboard.aggregation(application.getId(), ReviewStage.SITE).orElse(null);
            ordered.add(new Scores(application, document, meanZ.get(application.getId()), site,
                    Scoreboard.combined(document, site, programme.siteWeightPercent()).orElse(null)));
        }
        ordered.sort(order(programme));
        Integer quota = round.getQuotas() == null ? null : round.getQuotas().total();
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Scores scores = ordered.get(i);
            Application application = scores.application();
            boolean withinQuota = quota == null || i < quota;
            ProgrammeDescriptor.Tier tier = programme.tiers().isEmpty() ? null
                    : withinQuota ? programme.tiers().get(0) : programme.tiers().get(Math.min(1, programme.tiers().size() - 1));
            ranking.add(new Ranked(i + 1, application.getId(), organisations.get(application.getOrganisationId()).getName(),
                    application.getProductName(), application.getStatus(), scores.document(), scores.meanZ(), scores.site(),
                    scores.combined(), tier, withinQuota));
        }
        return ranking;
    }

    private boolean inConsensus(long applicationId) {
        List<String> open = workflow.openTaskKeys(applicationId);
        return open.contains(ReviewService.OPEN_CONSENSUS_TASK) || open.contains(ReviewService.CONSENSUS_TASK);
    }

    /** Every drawn expert has scored: past the document review, decided or not. */
    private static boolean scoredByExperts(ApplicationStatus status) {
        return status.isDecided() || status.isInExpertReview() && status != ApplicationStatus.IN_REVIEW;
    }

    /** An application's figures, computed once for sorting and showing. */
    private record Scores(Application application, Aggregation document, BigDecimal meanZ, Aggregation site, BigDecimal combined) {
        BigDecimal combinedOrZero() {
            return combined == null ? BigDecimal.ZERO : combined;
        }

        BigDecimal meanZOrZero() {
            return meanZ == null ? BigDecimal.ZERO : meanZ;
        }
    }

    /** Site-reviewed first by the combined score; the others by the document score, or its z-scores when normalised. */
    private static Comparator<Scores> order(ProgrammeDescriptor programme) {
        Comparator<Scores> byCombined = Comparator.comparing(Scores::combinedOrZero);
        Comparator<Scores> byDocument = programme.normaliseScores() ? Comparator.comparing(Scores::meanZOrZero) : byCombined;
        Comparator<Scores> bySite = Comparator.comparing(scores -> scores.site() != null);
        return bySite.reversed().thenComparing((a, b) -> a.site() != null ? byCombined.compare(b, a) : byDocument.compare(b, a))
                .thenComparing(scores -> scores.application().getId());
    }

    /**
     * Each application's mean z-score over its document sheets, each expert's totals standardised across the round so
     * a strict and a lenient expert count alike.
     */
    private Map<Long, BigDecimal> meanZScores(List<Application> scored) {
        Map<String, List<BigDecimal>> totalsByExpert = new HashMap<>();
        Map<String, List<Long>> applicationsByExpert = new HashMap<>();
        for (Application application : scored) {
            Rubric rubric = scoreboard.rubricOf(application.getId());
            for (ScoreSheet sheet : scoreboard.submitted(application.getId(), ReviewStage.DOCUMENT)) {
                totalsByExpert.computeIfAbsent(sheet.getExpert(), e -> new ArrayList<>()).add(sheet.total(rubric));
                applicationsByExpert.computeIfAbsent(sheet.getExpert(), e -> new ArrayList<>()).add(application.getId());
            }
        }
        Map<Long, List<BigDecimal>> zByApplication = new HashMap<>();
        Aggregation.zScores(totalsByExpert).forEach((expert, zs) -> {
            List<Long> ids = applicationsByExpert.get(expert);
            for (int i = 0; i < zs.size(); i++) {
                zByApplication.computeIfAbsent(ids.get(i), id -> new ArrayList<>()).add(zs.get(i));
            }
        });
        Map<Long, BigDecimal> mean = new HashMap<>();
        zByApplication.forEach((id, zs) -> mean.put(id, zs.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(zs.size()), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP)));
        return mean;
    }

    /**
     * The office sends the best applications of the round to the site review — those at or above the cut-off, at most
     * the top N (programme settings), in ranking order — and the others on to approval. Refused while an application
     * of the round is still in its document review or consensus, so nobody is judged before the field is complete.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public List<Long> selectForSiteReview(long roundId) {
        ProgrammeDescriptor programme = rounds.programmeOf(rounds.get(roundId));
        if (!programme.hasSiteReview()) {
            throw new RuleViolationException("site.notInProgramme");
        }
        List<Application> round = applications.ofRound(roundId);
        long stillInReview = round.stream().filter(a -> a.getStatus() == ApplicationStatus.IN_REVIEW
                || a.getStatus() == ApplicationStatus.SCORED && inConsensus(a.getId())).count();
        if (stillInReview > 0) {
            throw new RuleViolationException("site.reviewNotClosed", stillInReview);
        }
        List<Ranked> waiting = ranking(roundId).stream().filter(r -> workflow.waitsAt(r.applicationId(), AWAIT_SITE_SELECTION)).toList();
        if (waiting.isEmpty()) {
            throw new RuleViolationException("site.nothingToSelect");
        }
        List<Long> selected = new ArrayList<>();
        for (Ranked ranked : waiting) {
            boolean aboveCutOff = programme.siteReviewCutOff() == null
                    || ranked.document().mean().compareTo(BigDecimal.valueOf(programme.siteReviewCutOff())) >= 0;
            boolean withinTopN = programme.siteReviewTopN() == null || selected.size() < programme.siteReviewTopN();
            if (aboveCutOff && withinTopN) {
                selected.add(ranked.applicationId());
            }
        }
        audit.record(RoundService.AUDIT_TYPE, roundId, "SITE_REVIEW_SELECTED", null, null,
                "selected " + selected + " of " + waiting.stream().map(Ranked::applicationId).toList() + ", top " + programme.siteReviewTopN() + ", cut-off " + programme.siteReviewCutOff());
        for (Ranked ranked : waiting) {
            workflow.correlate(SITE_SELECTION_MESSAGE, ranked.applicationId(),
                    Map.of(ProcessVariables.SELECTED_FOR_SITE, selected.contains(ranked.applicationId())));
        }
        return selected;
    }
}
