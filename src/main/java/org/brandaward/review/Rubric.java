package org.brandaward.review;

import org.brandaward.shared.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 评分标准 — a rubric as data ({@code rubrics/<id>.yml}): categories of items with their points. Under
 * {@link Scoring#PERCENT_STEPS} (GB/T 19580) an expert gives each item a percentage in steps and the item scores its
 * points times the percentage; under {@link Scoring#POINTS} the expert gives points up to the item's.
 */
public record Rubric(String id, Map<String, String> name, int scale, Scoring scoring, int step, List<Band> bands,
                     List<Category> categories) {

    public enum Scoring { PERCENT_STEPS, POINTS }

    /** What a range of percentages means, shown to the expert beside the item. */
    public record Band(int from, int to, String zh, String en) {
        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : zh;
        }
    }

    public record Category(String id, Map<String, String> name, List<Item> items) {
        public int points() {
            return items.stream().mapToInt(Item::points).sum();
        }

        public String name(Locale locale) {
            return localised(name, locale);
        }
    }

    /**
     * @param formula how the item is scored from the figures the applicant reported, or null when experts score it
     */
    public record Item(String id, int points, Map<String, String> name, Formula formula) {
        public String name(Locale locale) {
            return localised(name, locale);
        }
    }


    public List<Item> items() {
        return categories.stream().flatMap(c -> c.items().stream()).toList();
    }

    public Item item(String itemId) {
        return items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new RuleViolationException("rubric.unknownItem", itemId));
    }

    /**
     * The score of {@code item} for what the expert gave: a percentage in steps, or points; refused, naming the
     * rule, when out of range or off the steps.
     */
    public BigDecimal score(Item item, int given) {
        if (scoring == Scoring.PERCENT_STEPS) {
            if (given < 0 || given > 100) {
                throw new RuleViolationException("rubric.percentRange", item.id());
            }
            if (given % step != 0) {
                throw new RuleViolationException("rubric.percentStep", item.id(), step);
            }
            return BigDecimal.valueOf((long) item.points() * given).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        }
        if (given < 0 || given > item.points()) {
            throw new RuleViolationException("rubric.pointsRange", item.id(), item.points());
        }
        return BigDecimal.valueOf(given).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The largest value an expert may give an item: 100 (per cent) or the item's points. */
    public int maximum(Item item) {
        return scoring == Scoring.PERCENT_STEPS ? 100 : item.points();
    }

    /** The band a percentage falls in, for the description shown with it. */
    public Optional<Band> bandOf(int percent) {
        return bands.stream().filter(b -> percent >= b.from() && percent <= b.to()).findFirst();
    }

    public String name(Locale locale) {
        return localised(name, locale);
    }

    /** A name in the reader's language, Chinese where the rubric has none in it. */
    private static String localised(Map<String, String> names, Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.get("zh"));
    }
}
