package org.brandaward.notice;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityNumbersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 29);

    @Test
    void a_resident_identity_number_needs_its_check_character_and_a_real_birth_date() {
        // GB 11643's own example: 11010519491231002X
        assertThat(IdentityNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdentityNumbers.normalised(Objection.IdType.RESIDENT_ID, "110105 19491231 002x", TODAY)).contains("11010519491231002X");
        assertThat(IdentityNumbers.normalised(Objection.IdType.RESIDENT_ID, "110105194912310021", TODAY)).as("check digit").isEmpty();
        String feb30 = "11010519490230002";
        assertThat(IdentityNumbers.normalised(Objection.IdType.RESIDENT_ID, feb30 + IdentityNumbers.checkCharacter(feb30), TODAY))
                .as("no 30 February").isEmpty();
        String unborn = "11010520270101002";
        assertThat(IdentityNumbers.normalised(Objection.IdType.RESIDENT_ID, unborn + IdentityNumbers.checkCharacter(unborn), TODAY))
                .as("born after today").isEmpty();
        assertThat(IdentityNumbers.normalised(Objection.IdType.RESIDENT_ID, "1101051949123100", TODAY)).as("16 characters").isEmpty();
    }

    @Test
    void passports_and_other_documents_are_checked_by_length_and_characters() {
        assertThat(IdentityNumbers.normalised(Objection.IdType.PASSPORT, "e12345678", TODAY)).contains("E12345678");
        assertThat(IdentityNumbers.normalised(Objection.IdType.PASSPORT, "E1234", TODAY)).contains("E1234");
        assertThat(IdentityNumbers.normalised(Objection.IdType.PASSPORT, "E123", TODAY)).isEmpty();
        assertThat(IdentityNumbers.normalised(Objection.IdType.PASSPORT, "E12345<script>", TODAY)).isEmpty();
        assertThat(IdentityNumbers.normalised(Objection.IdType.OTHER, "H1234567-01", TODAY)).contains("H1234567-01");
        assertThat(IdentityNumbers.normalised(Objection.IdType.OTHER, "A".repeat(31), TODAY)).isEmpty();
    }
}
