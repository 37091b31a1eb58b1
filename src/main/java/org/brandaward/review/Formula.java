package org.brandaward.review;

import org.brandaward.application.Figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a rubric item is scored from the figures an applicant reported (famous brands): a measure of one figure earns
 * the item's points in proportion up to {@code fullAt}, and none below zero. The expert sees the result and may
 * adjust it only with a written reason.
 *
 * @param figure  sales, profit, tax, rdSpend or marketShare; none for {@link Measure#SATISFACTION}
 * @param measure what is taken of the figure
 * @param fullAt  the measure (in per cent) that earns all the item's points
 */
public record Formula(String figure, Measure measure, BigDecimal fullAt) {

    public enum Measure {
        /** The figure of the latest year reported, e.g. market share in per cent. */
        LATEST,
        /** The compound yearly growth of the figure from the first to the latest year reported, in per cent. */
        GROWTH,
        /** The figure of the latest year as a share of that year's sales, in per cent. */
        SHARE_OF_SALES,
        /**
         * The candidate's satisfaction figure (0 to 100: the survey body's score and the consumers' ratings combined),
         * not a reported figure: see {@link #pointsOf}.
         */
        SATISFACTION
    }

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The points the figures earn on an item worth {@code points}; empty when the figures needed were not reported. */
    public Optional<Integer> points(int points, List<Figure> figures) {
        return measureOf(figures).map(measure -> pointsOf(points, measure));
    }

    /** The points a measure (in per cent) earns on an item worth {@code points}: in proportion up to {@code fullAt}. */
    public int pointsOf(int points, BigDecimal measure) {
        BigDecimal share = measure.divide(fullAt, PRECISION).max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return share.multiply(BigDecimal.valueOf(points)).setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /** The measure of the figures, in per cent. */
    Optional<BigDecimal> measureOf(List<Figure> figures) {
        if (measure == Measure.SATISFACTION) {
            return Optional.empty(); // not among the reported figures
        }
        Function<Figure, BigDecimal> value = column(figure);
        List<Figure> reported = figures.stream().filter(f -> value.apply(f) != null)
                .sorted(Comparator.comparingInt(Figure::getYear)).toList();
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        Figure latest = reported.get(reported.size() - 1);
        return switch (measure) {
            case LATEST -> Optional.of(value.apply(latest));
            case GROWTH -> growth(reported.get(0), latest, value);
            case SHARE_OF_SALES -> latest.getSales() == null || latest.getSales().signum() <= 0 ? Optional.empty()
                    : Optional.of(value.apply(latest).multiply(HUNDRED).divide(latest.getSales(), PRECISION));
            case SATISFACTION -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> growth(Figure first, Figure latest, Function<Figure, BigDecimal> value) {
        int years = latest.getYear() - first.getYear();
        BigDecimal start = value.apply(first);
        if (years == 0 || start.signum() <= 0 || value.apply(latest).signum() < 0) {
            return Optional.empty();
        }
        double ratio = value.apply(latest).divide(start, PRECISION).doubleValue();
        return Optional.of(BigDecimal.valueOf((Math.pow(ratio, 1.0 / years) - 1) * 100));
    }

    private static Function<Figure, BigDecimal> column(String figure) {
        return switch (figure) {
            case "sales" -> Figure::getSales;
            case "profit" -> Figure::getProfit;
            case "tax" -> Figure::getTax;
            case "rdSpend" -> Figure::getRdSpend;
            case "marketShare" -> Figure::getMarketShare;
            default -> throw new IllegalStateException("No figure " + figure);
        };
    }
}
