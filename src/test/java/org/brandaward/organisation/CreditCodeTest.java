package org.brandaward.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GB 32100-2015: 18 characters, a 31-character alphabet, a weighted check character. */
class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "91440300708461136T"})
    void codes_from_real_business_licences_are_valid(String code) {
        assertThat(CreditCode.check(code)).isEqualTo(CreditCode.Check.VALID);
    }

    @Test
    void an_empty_or_missing_code_is_blank() {
        assertThat(CreditCode.check(null)).isEqualTo(CreditCode.Check.BLANK);
        assertThat(CreditCode.check("   ")).isEqualTo(CreditCode.Check.BLANK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "9135"})
    void a_code_of_other_than_18_characters_has_the_wrong_length(String code) {
        assertThat(CreditCode.check(code)).isEqualTo(CreditCode.Check.WRONG_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M00O100Y43", "91350100M000I00Y43", "91350100m000100Y43", "91350100M000100Z43", "91350100M000100Y4 "})
    void letters_outside_the_alphabet_are_bad_characters(String code) {
        assertThat(CreditCode.check(code)).isEqualTo(CreditCode.Check.BAD_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91110000802100433A", "91440300708461136U"})
    void a_wrong_last_character_is_a_wrong_check_character(String code) {
        assertThat(CreditCode.check(code)).isEqualTo(CreditCode.Check.WRONG_CHECK_CHARACTER);
    }

    @Test
    void a_single_mistyped_digit_is_caught_by_the_check_character() {
        assertThat(CreditCode.check("91350100M000200Y43")).isEqualTo(CreditCode.Check.WRONG_CHECK_CHARACTER);
    }

    @Test
    void check_character_of_31_wraps_to_0() {
        // 31 - (sum mod 31) is 31 exactly when the sum is a multiple of 31; the standard writes 0 then.
        String code = CreditCode.withCheckCharacter("00000000000000000");
        assertThat(code).endsWith("0");
        assertThat(CreditCode.check(code)).isEqualTo(CreditCode.Check.VALID);
    }

    @Test
    void typed_codes_are_normalised_before_checking() {
        assertThat(CreditCode.normalise(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void assigning_a_check_character_needs_17_characters() {
        assertThat(CreditCode.withCheckCharacter("91350100M000100Y4")).isEqualTo("91350100M000100Y43");
        assertThatThrownBy(() -> CreditCode.withCheckCharacter("9135")).isInstanceOf(IllegalArgumentException.class);
    }
}
