package org.brandaward.certificate;

/** 复核结论 — the office's outcome of a time-honoured brand's re-check. */
public enum RecheckOutcome {
    /** 通过: the title goes on for another period. */
    PASS,
    /** 限期整改: the title goes on, the holder rectifies within {@link TitleLifeService#RECTIFICATION_MONTHS} months, then the office checks again. */
    CONDITIONAL,
    /** 移出名录: the title is removed. */
    REMOVE
}
