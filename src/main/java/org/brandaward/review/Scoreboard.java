package org.brandaward.review;

import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.RoundService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The figures the submitted score sheets of an application add up to, by its programme's rubric and settings: each
 * stage's aggregation, and the document and site scores combined by the site weight. Callers check who may see them.
 */
@Component
@Transactional(readOnly = true)
class Scoreboard {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoreSheetRepository sheets;
    private final ApplicationService applications;
    private final RoundService rounds;
    private final RubricCatalog rubrics;

    Scoreboard(ScoreSheetRepository sheets, ApplicationService applications, RoundService rounds, RubricCatalog rubrics) {
        this.sheets = sheets;
        this.applications = applications;
        this.rounds = rounds;
        this.rubrics = rubrics;
    }

    ProgrammeDescriptor programmeOf(long applicationId) {
        Application application = applications.byIdUnchecked(applicationId);
        return rounds.programmeOf(rounds.get(application.getRoundId()));
    }

    Rubric rubricOf(long applicationId) {
        return rubrics.get(programmeOf(applicationId).rubric());
    }

    List<ScoreSheet> submitted(long applicationId, ReviewStage stage) {
        return sheets.findByApplicationIdAndStageOrderById(applicationId, stage).stream().filter(ScoreSheet::isSubmitted).toList();
    }

    /** The stage's totals (revisions counted) made into one figure; empty before anyone submitted. */
    Optional<Aggregation> aggregation(long applicationId, ReviewStage stage) {
        List<ScoreSheet> submitted = submitted(applicationId, stage);
        if (submitted.isEmpty()) {
            return Optional.empty();
        }
        ProgrammeDescriptor programme = programmeOf(applicationId);
        Rubric rubric = rubrics.get(programme.rubric());
        List<BigDecimal> totals = submitted.stream().map(s -> s.total(rubric)).toList();
        return Optional.of(Aggregation.of(totals, rubric.scale(), programme.trimFromExperts(),
                BigDecimal.valueOf(programme.spreadFlagPercent()).movePointLeft(2)));
    }

    /**
     * The document score and, once the site team scored, the site score weighted by the programme's site weight; the
     * document score alone for an application without a site review.
     */
    Optional<BigDecimal> combined(long applicationId) {
        return combined(aggregation(applicationId, ReviewStage.DOCUMENT).orElse(null),
                aggregation(applicationId, ReviewStage.SITE).orElse(null), programmeOf(applicationId).siteWeightPercent());
    }

    /** As above, from the stages' aggregations (either may be null) and the site weight in per cent. */
    static Optional<BigDecimal> combined(Aggregation document, Aggregation site, int siteWeightPercent) {
        if (document == null || site == null) {
            return Optional.ofNullable(document).map(Aggregation::mean);
        }
        BigDecimal siteWeight = BigDecimal.valueOf(siteWeightPercent);
        return Optional.of(document.mean().multiply(HUNDRED.subtract(siteWeight)).add(site.mean().multiply(siteWeight))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }
}
