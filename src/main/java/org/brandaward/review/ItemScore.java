package org.brandaward.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What an expert gave one rubric item — a percentage or points, as the rubric scores — with the strengths and the
 * opportunities for improvement they saw. For a formula item the formula's value is kept beside it, and a different
 * value needs a reason. A revision in a consensus discussion is kept beside the original.
 */
@Embeddable
public class ItemScore {

    public static final int TEXT_MAX = 2000;

    @Column(nullable = false)
    private int given;
    private Integer formula;
    @Column(name = "adjust_reason")
    private String adjustReason;
    private String strengths;
    private String opportunities;
    private Integer revised;
    @Column(name = "revision_reason")
    private String revisionReason;

    protected ItemScore() {
    }

    ItemScore(int given, Integer formula, String adjustReason, String strengths, String opportunities) {
        this.given = given;
        this.formula = formula;
        this.adjustReason = adjustReason;
        this.strengths = strengths;
        this.opportunities = opportunities;
    }

    void revise(int value, String reason) {
        this.revised = value;
        this.revisionReason = reason;
    }

    public int getGiven() {
        return given;
    }

    /** The value that counts: the revision where there is one. */
    public int effective() {
        return revised != null ? revised : given;
    }

    public Integer getFormula() {
        return formula;
    }

    public String getAdjustReason() {
        return adjustReason;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getOpportunities() {
        return opportunities;
    }

    public Integer getRevised() {
        return revised;
    }

    public String getRevisionReason() {
        return revisionReason;
    }
}
