package org.brandaward.review;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a feedback report (反馈报告) says; the renderer only lays it out. It names no expert: the remarks of a category
 * are the distinct texts the experts wrote on its items, sorted, so their order tells nothing of who wrote which.
 *
 * @param site the site review's score, or null for an application without one
 */
record FeedbackReportContent(String programmeName, int year, String organisationName, String entryName, BigDecimal combined,
                             BigDecimal document, BigDecimal site, RankBand band, List<CategoryFeedback> categories) {

    /**
     * One rubric category: its points, the mean of its score over the experts' document sheets, and the strengths and
     * opportunities for improvement written on its items.
     */
    record CategoryFeedback(String name, int points, BigDecimal mean, List<String> strengths, List<String> opportunities) {
    }

    /** The distinct, non-blank texts in a fixed order (by their text), whatever order the sheets came in. */
    static List<String> anonymous(Collection<String> texts) {
        return List.copyOf(texts.stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
