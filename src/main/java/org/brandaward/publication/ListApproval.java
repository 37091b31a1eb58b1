package org.brandaward.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the office enters to approve a round's final list (审定): the issuing authority's decision, by document number
 * (e.g. 鲁政字〔2026〕12号) and date, and for each individual on the list the bonus (recorded for the office only).
 */
public record ListApproval(String decisionNumber, LocalDate decisionDate, Map<Long, BigDecimal> bonuses) {

    public ListApproval {
        bonuses = bonuses == null ? Map.of() : Map.copyOf(bonuses);
    }
}
