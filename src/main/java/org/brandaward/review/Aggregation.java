package org.brandaward.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 汇总 — the experts' totals of one application made into one figure: the mean after dropping the highest and the
 * lowest total when at least {@code trimFrom} experts scored, the spread, and whether the spread exceeds
 * {@code flagShare} of the scale (the application then goes to a consensus discussion). Settings come from the
 * programme; the raw totals are always kept beside the result.
 */
public record Aggregation(List<BigDecimal> totals, BigDecimal mean, BigDecimal spread, boolean flagged, boolean trimmed) {

    private static final int SCALE = 2;

    public static Aggregation of(List<BigDecimal> totals, int rubricScale, int trimFrom, BigDecimal flagShare) {
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("no totals to aggregate");
        }
        List<BigDecimal> sorted = totals.stream().sorted().toList();
        boolean trim = sorted.size() >= trimFrom;
        List<BigDecimal> counted = trim ? sorted.subList(1, sorted.size() - 1) : sorted;
        BigDecimal mean = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(counted.size()), SCALE, RoundingMode.HALF_UP);
        BigDecimal spread = sorted.get(sorted.size() - 1).subtract(sorted.get(0));
        boolean flagged = spread.compareTo(flagShare.multiply(BigDecimal.valueOf(rubricScale))) > 0;
        return new Aggregation(List.copyOf(totals), mean, spread, flagged, trim);
    }

    /**
     * z-score normalisation per expert across a round: each expert's totals expressed as standard deviations from that
     * expert's own mean, so a strict and a lenient expert count alike. An expert with one total, or with all totals
     * equal, has z-scores of 0. Keys name the experts, values are the totals in the order given.
     */
    public static <K> Map<K, List<BigDecimal>> zScores(Map<K, List<BigDecimal>> totalsByExpert) {
        Map<K, List<BigDecimal>> result = new HashMap<>();
        MathContext precision = MathContext.DECIMAL64;
        totalsByExpert.forEach((expert, totals) -> {
            BigDecimal n = BigDecimal.valueOf(totals.size());
            BigDecimal mean = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, precision);
            BigDecimal variance = totals.stream().map(t -> t.subtract(mean).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(n, precision);
            BigDecimal deviation = variance.sqrt(precision);
            List<BigDecimal> z = new ArrayList<>();
            for (BigDecimal total : totals) {
                z.add(deviation.signum() == 0 ? BigDecimal.ZERO.setScale(SCALE)
                        : total.subtract(mean).divide(deviation, precision).setScale(SCALE, RoundingMode.HALF_UP));
            }
            result.put(expert, List.copyOf(z));
        });
        return result;
    }
}
