package org.brandaward.review;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.FeedbackReports;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 反馈报告 — every application the experts scored, winner or not, gets a feedback report: its combined, document and
 * site scores, per rubric category the mean over the experts' document sheets with the strengths and opportunities
 * for improvement they wrote (never who wrote them), and the band its rank falls in (never anyone's rank). The office
 * releases the reports of a round once every application the experts scored is decided, fixing the bands; the
 * applicant downloads its own after that, the office and the admin preview any report at any time.
 * <p>
 * The issue has the reports released when the round is published; there is no publication step yet (committee,
 * notice and publication come in a later issue), so the office's release stands in for it.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class FeedbackReportService implements FeedbackReports {


    /**
     * Where a round's feedback reports stand, for the office.
     *
     * @param releasedAt null while not released
     */
    public record ReleaseState(long decided, long undecided, Instant releasedAt, String releasedBy) {
        public boolean released() {
            return releasedAt != null;
        }
    }

    /** One report of a round, for the office: the band fixed at release, or the band the ranking gives it now. */
    public record Report(long applicationId, String applicant, String entry, ApplicationStatus status, RankBand band) {
    }

    private final FeedbackReleaseRepository releases;
    private final Scoreboard scoreboard;
    private final RankingService rankings;
    private final ApplicationService applications;
    private final OrganisationService organisations;
    private final RoundService rounds;
    private final FeedbackReportRenderer renderer;
    private final AuditLog audit;
    private final Clock clock;

    FeedbackReportService(FeedbackReleaseRepository releases, Scoreboard scoreboard, RankingService rankings,
                          ApplicationService applications, OrganisationService organisations, RoundService rounds,
                          FeedbackReportRenderer renderer, AuditLog audit, Clock clock) {
        this.releases = releases;
        this.scoreboard = scoreboard;
        this.rankings = rankings;
        this.applications = applications;
        this.organisations = organisations;
        this.rounds = rounds;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Releases the feedback reports of a round, once: refused while an application the experts scored is neither
     * approved nor declined, and when no application of the round was decided after expert review. Fixes each
     * reviewed application's rank band as the ranking gives it now.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void release(long roundId) {
        rounds.get(roundId);
        if (releases.existsByRoundId(roundId)) {
            throw new RuleViolationException("feedback.alreadyReleased");
        }
        List<Application> round = applications.ofRound(roundId);
        long undecided = round.stream().filter(a -> a.getStatus().isInExpertReview()).count();
        if (undecided > 0) {
            throw new RuleViolationException("feedback.undecided", undecided);
        }
        List<RankingService.Ranked> ranking = rankings.ranking(roundId);
        if (ranking.isEmpty()) {
            throw new RuleViolationException("feedback.nothingToRelease");
        }
        Map<Long, RankBand> bands = bands(ranking);
        releases.save(new FeedbackRelease(roundId, bands, CurrentUser.requireUsername(), clock.instant()));
        Map<ApplicationStatus, Long> outcomes = ranking.stream()
                .collect(Collectors.groupingBy(RankingService.Ranked::status, LinkedHashMap::new, Collectors.counting()));
        audit.record(RoundService.AUDIT_TYPE, roundId, "FEEDBACK_RELEASED", null, null, bands.size() + " reports " + outcomes);
    }

    /** Where the feedback reports of a round stand: decided and undecided applications, and the release. */
    @PreAuthorize("hasAnyRole('OFFICE', 'ADMIN')")
    public ReleaseState stateOf(long roundId) {
        List<Application> round = applications.ofRound(roundId);
        Optional<FeedbackRelease> release = releases.findByRoundId(roundId);
        return new ReleaseState(round.stream().filter(a -> a.getStatus().isDecided()).count(),
                round.stream().filter(a -> a.getStatus().isInExpertReview()).count(),
                release.map(FeedbackRelease::getReleasedAt).orElse(null), release.map(FeedbackRelease::getReleasedBy).orElse(null));
    }

    /** The reports of a round, in the order of its ranking (which the office sees anyway). */
    @PreAuthorize("hasAnyRole('OFFICE', 'ADMIN')")
    public List<Report> reportsOf(long roundId) {
        List<RankingService.Ranked> ranking = rankings.ranking(roundId);
        Map<Long, RankBand> live = bands(ranking);
        Optional<FeedbackRelease> release = releases.findByRoundId(roundId);
        return ranking.stream().map(r -> new Report(r.applicationId(), r.applicant(), r.entry(), r.status(),
                release.flatMap(f -> f.bandOf(r.applicationId())).orElse(live.get(r.applicationId())))).toList();
    }

    /** Whether the applicant may download the application's report now: released, and the application was in it. */
    @Override
    public boolean isReleasedFor(long applicationId) {
        Application application = applications.get(applicationId);
        return releases.findByRoundId(application.getRoundId()).flatMap(r -> r.bandOf(applicationId)).isPresent();
    }

    /**
     * The feedback report as a PDF: for the application's own applicant once released (refused before), for the office
     * and the admin at any time, with the band the ranking gives it now where the release did not fix one.
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'OFFICE', 'ADMIN')")
    public byte[] pdf(long applicationId) {
        Application application = applications.get(applicationId);
        Optional<RankBand> released = releases.findByRoundId(application.getRoundId()).flatMap(r -> r.bandOf(applicationId));
        RankBand band;
        if (CurrentUser.hasRole(Roles.OFFICE) || CurrentUser.hasRole(Roles.ADMIN)) {
            band = released.orElseGet(() -> Optional.ofNullable(bands(rankings.ranking(application.getRoundId())).get(applicationId))
                    .orElseThrow(() -> new RuleViolationException("feedback.notReviewed")));
        } else {
            band = released.orElseThrow(() -> new RuleViolationException("feedback.notReleased"));
        }
        return renderer.render(content(application, band));
    }

    private FeedbackReportContent content(Application application, RankBand band) {
        long id = application.getId();
        Round round = rounds.get(application.getRoundId());
        Rubric rubric = scoreboard.rubricOf(id);
        List<ScoreSheet> document = scoreboard.submitted(id, ReviewStage.DOCUMENT);
        if (document.isEmpty()) {
            throw new RuleViolationException("feedback.notReviewed");
        }
        List<ScoreSheet> remarked = new ArrayList<>(document);
        remarked.addAll(scoreboard.submitted(id, ReviewStage.SITE));
        List<FeedbackReportContent.CategoryFeedback> categories = new ArrayList<>();
        for (Rubric.Category category : rubric.categories()) {
            BigDecimal mean = document.stream().map(s -> s.categoryTotal(rubric, category)).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(document.size()), 2, RoundingMode.HALF_UP);
            categories.add(new FeedbackReportContent.CategoryFeedback(category.name(Locale.CHINESE), category.points(), mean,
                    remarks(remarked, category, ItemScore::getStrengths), remarks(remarked, category, ItemScore::getOpportunities)));
        }
        return new FeedbackReportContent(rounds.programmeOf(round).name(Locale.CHINESE), round.getYear(),
                organisations.get(application.getOrganisationId()).getName(), application.subject(),
                scoreboard.combined(id).orElseThrow(), scoreboard.aggregation(id, ReviewStage.DOCUMENT).orElseThrow().mean(),
                scoreboard.aggregation(id, ReviewStage.SITE).map(Aggregation::mean).orElse(null), band, categories);
    }

    /** What the experts wrote on the category's items, without their names, distinct and sorted by text. */
    private static List<String> remarks(List<ScoreSheet> sheets, Rubric.Category category, Function<ItemScore, String> text) {
        return FeedbackReportContent.anonymous(sheets.stream()
                .flatMap(sheet -> category.items().stream().flatMap(item -> sheet.item(item.id()).stream()))
                .map(text).toList());
    }

    private static Map<Long, RankBand> bands(List<RankingService.Ranked> ranking) {
        Map<Long, RankBand> bands = new LinkedHashMap<>();
        ranking.forEach(r -> bands.put(r.applicationId(), RankBand.of(r.rank(), ranking.size())));
        return bands;
    }
}
