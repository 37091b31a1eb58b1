package org.brandaward.committee;

import org.brandaward.programme.ProgrammeDescriptor.Fraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The quorum and pass shares compare in integers: exactly two thirds reaches two thirds, one vote less does not. */
class SharesTest {

    @Test
    void quorum_edges_of_nine_members() {
        assertThat(Fraction.TWO_THIRDS.reachedBy(6, 9)).isTrue();
        assertThat(Fraction.TWO_THIRDS.reachedBy(5, 9)).isFalse();
        assertThat(Fraction.TWO_THIRDS.reachedBy(9, 9)).isTrue();
    }

    @Test
    void pass_edges_of_six_present() {
        assertThat(Fraction.TWO_THIRDS.reachedBy(4, 6)).isTrue();
        assertThat(Fraction.TWO_THIRDS.reachedBy(3, 6)).isFalse();
        assertThat(Fraction.TWO_THIRDS.reachedBy(0, 0)).as("nobody present: nothing to reach").isTrue();
    }

    @Test
    void other_shares_and_large_numbers() {
        Fraction half = new Fraction(1, 2);
        assertThat(half.reachedBy(3, 6)).isTrue();
        assertThat(half.reachedBy(2, 5)).isFalse();
        assertThat(Fraction.TWO_THIRDS.reachedBy(1_431_655_764, Integer.MAX_VALUE)).as("no overflow").isFalse();
        assertThat(Fraction.TWO_THIRDS.reachedBy(1_431_655_765, 2_147_483_646)).isTrue();
    }
}
