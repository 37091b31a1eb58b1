package org.brandaward.certificate;

/**
 * Where a title with a validity stands in its life ({@code bpmn/title-validity.bpmn}). Revocation (撤销) is recorded
 * apart: it is a sanction, these are the ordinary ends of a validity.
 */
public enum TitleState {
    /** Held, the validity running (a time-honoured brand also while it rectifies after a conditional pass). */
    ACTIVE,
    /** 复评通过 — a passed re-evaluation's certificate carries the title on. */
    RENEWED,
    /** 已过期 — the validity ended without a passed re-evaluation or re-check. */
    EXPIRED,
    /** 移出名录 — a time-honoured brand's re-check removed the title. */
    REMOVED;

    /** Whether the title has ended and no reminder, re-check or renewal applies any more. */
    public boolean ended() {
        return this != ACTIVE;
    }
}
