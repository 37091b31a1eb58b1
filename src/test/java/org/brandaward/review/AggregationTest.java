package org.brandaward.review;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of the aggregation settings: trim from 5 experts, flag a spread above 20 % of the scale. */
class AggregationTest {

    static final BigDecimal TWENTY_PERCENT = new BigDecimal("0.20");

    @Test
    void five_totals_drop_the_highest_and_the_lowest() {
        // 520, 610, 640, 655, 800 of 1000: drop 520 and 800, mean of 610, 640, 655 = 1905 / 3 = 635.00;
        // spread 800 - 520 = 280 > 200, so the application is flagged.
        Aggregation result = Aggregation.of(totals("610", "800", "520", "655", "640"), 1000, 5, TWENTY_PERCENT);
        assertThat(result.trimmed()).isTrue();
        assertThat(result.mean()).isEqualByComparingTo("635.00");
        assertThat(result.spread()).isEqualByComparingTo("280");
        assertThat(result.flagged()).isTrue();
        assertThat(result.totals()).as("raw totals kept").hasSize(5);
    }

    @Test
    void fewer_than_five_totals_are_all_counted_and_a_spread_of_exactly_twenty_percent_is_not_flagged() {
        // 70, 82, 90 of 100: mean 242 / 3 = 80.67; spread 20 is not above 20 % of 100.
        Aggregation result = Aggregation.of(totals("70", "82", "90"), 100, 5, TWENTY_PERCENT);
        assertThat(result.trimmed()).isFalse();
        assertThat(result.mean()).isEqualByComparingTo("80.67");
        assertThat(result.spread()).isEqualByComparingTo("20");
        assertThat(result.flagged()).isFalse();
    }

    @Test
    void z_scores_put_a_strict_and_a_lenient_expert_on_one_scale() {
        // Expert 1 gives 60, 70, 80: mean 70, population deviation sqrt(200/3) = 8.165; z = -1.22, 0, 1.22.
        // Expert 2 gives 85, 90, 95 to the same applications: the same z-scores despite being more lenient.
        // Expert 3 gives 75 twice: no spread, z = 0.
        Map<Long, List<BigDecimal>> z = Aggregation.zScores(Map.of(
                1L, totals("60", "70", "80"), 2L, totals("85", "90", "95"), 3L, totals("75", "75")));
        assertThat(z.get(1L)).containsExactly(new BigDecimal("-1.22"), new BigDecimal("0.00"), new BigDecimal("1.22"));
        assertThat(z.get(2L)).isEqualTo(z.get(1L));
        assertThat(z.get(3L)).containsExactly(new BigDecimal("0.00"), new BigDecimal("0.00"));
    }

    private static List<BigDecimal> totals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
