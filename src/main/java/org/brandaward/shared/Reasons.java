package org.brandaward.shared;

/**
 * The written reason of a decision (不予推荐, 不通过, 放行, 谢绝 …), which the applicant or the audit trail reads: stripped,
 * at most {@value #MAX} characters, refused with a message otherwise, so nothing fails later at the database.
 */
public final class Reasons {

    public static final int MAX = 1000;

    private Reasons() {
    }

    /** The stripped reason; refused with {@code missingKey} when blank, and when longer than {@value #MAX}. */
    public static String required(String reason, String missingKey) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(missingKey);
        }
        return optional(reason);
    }

    /** The stripped reason, or null when blank; refused when longer than {@value #MAX}. */
    public static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.strip().length() > MAX) {
            throw new RuleViolationException("validation.tooLong");
        }
        return reason.strip();
    }
}
