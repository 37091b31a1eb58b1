package org.brandaward.review;

import org.brandaward.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rubrics as PROGRAMMES.md gives them, and the rules an expert's figure must follow. */
class RubricCatalogTest {

    final RubricCatalog catalog = new RubricCatalog();

    @Test
    void gbt_19580_has_seven_categories_of_the_given_points_adding_up_to_1000() {
        Rubric rubric = catalog.get("gbt-19580");
        assertThat(rubric.categories()).extracting(Rubric.Category::id).containsExactly("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7");
        assertThat(rubric.categories()).extracting(Rubric.Category::points).containsExactly(110, 90, 90, 130, 100, 80, 400);
        assertThat(rubric.items()).hasSize(23);
        assertThat(rubric.items().stream().mapToInt(Rubric.Item::points).sum()).isEqualTo(1000);
        assertThat(rubric.item("4.4.2").name()).containsEntry("zh", "财务资源");
        assertThat(rubric.item("4.6.1").name()).as("a comma in a name stays in the name")
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("zh", "测量、分析和评价", "en", "Measurement, analysis and evaluation"));
    }

    @Test
    void an_item_scores_its_points_times_the_percentage_in_five_percent_steps() {
        Rubric rubric = catalog.get("gbt-19580");
        Rubric.Item leaders = rubric.item("4.1.1");
        assertThat(rubric.score(leaders, 65)).isEqualByComparingTo("32.5");
        assertThat(rubric.score(rubric.item("4.7.1"), 100)).isEqualByComparingTo("80");
        assertThat(rubric.score(leaders, 0)).isEqualByComparingTo("0");
        assertRefused(() -> rubric.score(leaders, 67), "rubric.percentStep");
        assertRefused(() -> rubric.score(leaders, 105), "rubric.percentRange");
        assertRefused(() -> rubric.score(leaders, -5), "rubric.percentRange");
        assertThat(rubric.bandOf(65).orElseThrow().text(Locale.SIMPLIFIED_CHINESE)).startsWith("方法系统有效");
        assertThat(rubric.bandOf(7)).as("between the bands 0-5 and 10-25").isEmpty();
    }

    @Test
    void the_hundred_point_rubrics_keep_the_category_weights_and_score_in_points() {
        Rubric brand = catalog.get("famous-brand-100");
        assertThat(brand.categories()).extracting(Rubric.Category::points).containsExactly(25, 30, 15, 15, 15);
        assertThat(brand.score(brand.item("market.share"), 12)).isEqualByComparingTo(new BigDecimal("12"));
        assertRefused(() -> brand.score(brand.item("market.share"), 16), "rubric.pointsRange");
        Rubric timeHonoured = catalog.get("time-honoured-100");
        assertThat(timeHonoured.categories()).extracting(Rubric.Category::points).containsExactly(20, 25, 20, 15, 20);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
