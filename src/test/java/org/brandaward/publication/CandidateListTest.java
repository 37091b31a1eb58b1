package org.brandaward.publication;

import org.brandaward.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain-string variables between the round's processes, the document number's rule and the workbook's formula guard. */
class CandidateListTest {

    @Test
    void candidates_keep_their_rank_order_and_tiers() {
        CandidateList list = CandidateList.parse("12, 15,19", "12=AWARD,15=NOMINATION");
        assertThat(list.applicationIds()).containsExactly(12L, 15L, 19L);
        assertThat(list.tiers()).isEqualTo(Map.of(12L, "AWARD", 15L, "NOMINATION"));
        assertThat(list.tierOf(19)).isNull();
    }

    @Test
    void an_empty_list_is_an_empty_string() {
        assertThat(CandidateList.parse("", "").applicationIds()).isEmpty();
        assertThat(CandidateList.parse(null, null).tiers()).isEmpty();
    }

    @Test
    void a_candidate_twice_or_a_tier_without_a_name_is_a_broken_hand_over() {
        assertThatThrownBy(() -> CandidateList.parse("12,12", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CandidateList.parse("12", "12=")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CandidateList.parse("12,x", "")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void the_document_number_is_stripped_and_bounded() {
        assertThat(PublicationService.decisionNumber("  鲁政字〔2026〕12号 ")).isEqualTo("鲁政字〔2026〕12号");
        assertThat(PublicationService.decisionNumber("湘政函〔2026〕3号")).isEqualTo("湘政函〔2026〕3号");
        assertThat(PublicationService.decisionNumber("鲁".repeat(60))).hasSize(60);
        assertThatThrownBy(() -> PublicationService.decisionNumber("鲁".repeat(61))).isInstanceOf(RuleViolationException.class)
                .hasMessage("publication.decisionNumberTooLong[60]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"鲁政字\t〔2026〕12号", "鲁政字〔2026〕\r\n12号", "鲁政字\u0000〔2026〕", "鲁政字\u200B〔2026〕12号", "\u202E号21〕6202〔字政鲁"})
    void control_and_invisible_characters_are_refused(String number) {
        assertThatThrownBy(() -> PublicationService.decisionNumber(number)).isInstanceOf(RuleViolationException.class)
                .hasMessage("publication.decisionNumberInvalid[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void cells_a_spreadsheet_would_run_are_escaped(String text) {
        assertThat(ListDocuments.readAsFormula(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "济南=公司", "SDMP-2026-0001", "'quoted"})
    void other_cells_stay_as_they_are(String text) {
        assertThat(ListDocuments.readAsFormula(text)).isFalse();
    }
}
