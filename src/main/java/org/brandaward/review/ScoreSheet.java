package org.brandaward.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.brandaward.shared.AbstractEntity;
import org.brandaward.shared.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * 评分表 — one expert's scores of one application in one stage, item by item: a draft the expert may change until
 * submitting it, then locked. Totals are computed from the rubric, never stored, so they always add up.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet extends AbstractEntity {

    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Column(nullable = false)
    private String expert;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStage stage;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_score", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "item_id")
    private Map<String, ItemScore> items = new HashMap<>();
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "revised_at")
    private Instant revisedAt;

    protected ScoreSheet() {
    }

    ScoreSheet(long applicationId, String expert, ReviewStage stage) {
        this.applicationId = applicationId;
        this.expert = expert;
        this.stage = stage;
    }

    /** Replaces the draft's items; refused once submitted. */
    void record(Map<String, ItemScore> scores) {
        if (isSubmitted()) {
            throw new RuleViolationException("review.sheetLocked");
        }
        items.clear();
        items.putAll(scores);
    }

    void submit(Instant at) {
        submittedAt = at;
    }

    void revise(String itemId, int value, String reason, Instant at) {
        items.get(itemId).revise(value, reason);
        revisedAt = at;
    }

    /** The sheet's total by the rubric, with revisions when {@code revised}, else as first submitted. */
    public BigDecimal total(Rubric rubric, boolean revised) {
        return items.entrySet().stream()
                .map(e -> rubric.score(rubric.item(e.getKey()), revised ? e.getValue().effective() : e.getValue().getGiven()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The total that counts: revised where the expert revised in a consensus discussion. */
    public BigDecimal total(Rubric rubric) {
        return total(rubric, true);
    }

    /** The score of one category of the rubric, revisions counted. */
    public BigDecimal categoryTotal(Rubric rubric, Rubric.Category category) {
        return category.items().stream().map(item -> item(item.id())
                        .map(s -> rubric.score(item, s.effective())).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<ItemScore> item(String itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isRevised() {
        return revisedAt != null;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getExpert() {
        return expert;
    }

    public ReviewStage getStage() {
        return stage;
    }
}
