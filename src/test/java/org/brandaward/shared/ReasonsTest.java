package org.brandaward.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A decision's reason is stripped, required where the rule says so, and never longer than the column that keeps it. */
class ReasonsTest {

    @Test
    void a_required_reason_is_refused_blank_and_kept_stripped() {
        assertThatThrownBy(() -> Reasons.required("  ", "eligibility.reasonRequired"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("eligibility.reasonRequired"));
        assertThat(Reasons.required(" 材料不全 ", "eligibility.reasonRequired")).isEqualTo("材料不全");
    }

    @Test
    void an_optional_reason_may_be_empty_and_no_reason_may_be_too_long() {
        assertThat(Reasons.optional(" ")).isNull();
        assertThat(Reasons.optional("x".repeat(Reasons.MAX))).hasSize(Reasons.MAX);
        assertThatThrownBy(() -> Reasons.optional("x".repeat(Reasons.MAX + 1)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("validation.tooLong"));
        assertThatThrownBy(() -> Reasons.required("x".repeat(Reasons.MAX + 1), "eligibility.reasonRequired"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("validation.tooLong"));
    }
}
