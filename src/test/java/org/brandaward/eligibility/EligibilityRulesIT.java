package org.brandaward.eligibility;

import org.brandaward.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hard condition of PROGRAMMES.md through the deployed DMN tables: an applicant that meets them all passes,
 * and breaking one condition (the failing case) names exactly that rule. Each case also passes at the boundary.
 */
@IntegrationTest
class EligibilityRulesIT {

    static final String QUALITY = "quality-award-eligibility";
    static final String BRAND = "famous-brand-eligibility";
    static final String TIME_HONOURED = "time-honoured-eligibility";

    @Autowired EligibilityRules rules;
    @Autowired org.springframework.context.MessageSource messages;

    static Map<String, Object> eligibleOrganisationForQualityAward() {
        return new HashMap<>(Map.of("registeredInProvince", true, "applicantKind", "ORGANISATION", "yearsInOperation", 5,
                "majorAccidentLast3Years", false, "creditListed", false, "financialViolationLast3Years", false,
                "yearsOfQualityWork", 0, "withinLockout", false));
    }

    static Map<String, Object> eligibleIndividualForQualityAward() {
        Map<String, Object> facts = eligibleOrganisationForQualityAward();
        facts.put("applicantKind", "INDIVIDUAL");
        facts.put("yearsInOperation", 0);
        facts.put("yearsOfQualityWork", 10);
        return facts;
    }

    static Map<String, Object> eligibleBrand() {
        return new HashMap<>(Map.of("registeredInProvince", true, "yearsInOperation", 3, "yearsProductMade", 3,
                "hasRegisteredTrademark", true, "majorAccidentLast3Years", false, "spotChecksPassedLast3Years", true,
                "creditListed", false));
    }

    static Map<String, Object> eligibleTimeHonouredBrand() {
        Map<String, Object> facts = new HashMap<>(Map.of("registeredInProvince", true, "mainBusinessContinuousYears", 30,
                "brandAgeYears", 30, "minimumBrandAge", 30, "hasRegisteredTrademark", true, "trademarkDisputed", false,
                "majorAccidentLast3Years", false, "creditListed", false, "domesticControl", true));
        return facts;
    }

    @Test
    void applicants_meeting_every_condition_break_no_rule() {
        assertThat(rules.failedRules(QUALITY, eligibleOrganisationForQualityAward())).isEmpty();
        assertThat(rules.failedRules(QUALITY, eligibleIndividualForQualityAward())).isEmpty();
        assertThat(rules.failedRules(BRAND, eligibleBrand())).isEmpty();
        assertThat(rules.failedRules(TIME_HONOURED, eligibleTimeHonouredBrand())).isEmpty();
    }

    static Stream<Arguments> oneBrokenCondition() {
        return Stream.of(
                Arguments.of(QUALITY, eligibleOrganisationForQualityAward(), "registeredInProvince", false, "registeredInProvince"),
                Arguments.of(QUALITY, eligibleOrganisationForQualityAward(), "yearsInOperation", 4, "yearsInOperation"),
                Arguments.of(QUALITY, eligibleOrganisationForQualityAward(), "majorAccidentLast3Years", true, "noMajorAccident"),
                Arguments.of(QUALITY, eligibleOrganisationForQualityAward(), "creditListed", true, "noCreditListing"),
                Arguments.of(QUALITY, eligibleOrganisationForQualityAward(), "financialViolationLast3Years", true, "noFinancialViolation"),
                Arguments.of(QUALITY, eligibleIndividualForQualityAward(), "yearsOfQualityWork", 9, "yearsOfQualityWork"),
                Arguments.of(QUALITY, eligibleOrganisationForQualityAward(), "withinLockout", true, "notWithinLockout"),
                Arguments.of(BRAND, eligibleBrand(), "registeredInProvince", false, "registeredInProvince"),
                Arguments.of(BRAND, eligibleBrand(), "yearsInOperation", 2, "yearsInOperation"),
                Arguments.of(BRAND, eligibleBrand(), "yearsProductMade", 2, "yearsProductMade"),
                Arguments.of(BRAND, eligibleBrand(), "hasRegisteredTrademark", false, "hasRegisteredTrademark"),
                Arguments.of(BRAND, eligibleBrand(), "majorAccidentLast3Years", true, "noMajorAccident"),
                Arguments.of(BRAND, eligibleBrand(), "spotChecksPassedLast3Years", false, "spotChecksPassed"),
                Arguments.of(BRAND, eligibleBrand(), "creditListed", true, "noCreditListing"),
                Arguments.of(TIME_HONOURED, eligibleTimeHonouredBrand(), "registeredInProvince", false, "registeredInProvince"),
                Arguments.of(TIME_HONOURED, eligibleTimeHonouredBrand(), "mainBusinessContinuousYears", 29, "mainBusinessContinuousYears"),
                Arguments.of(TIME_HONOURED, eligibleTimeHonouredBrand(), "brandAgeYears", 29, "brandAge"),
                Arguments.of(TIME_HONOURED, eligibleTimeHonouredBrand(), "hasRegisteredTrademark", false, "hasRegisteredTrademark"),
                Arguments.of(TIME_HONOURED, eligibleTimeHonouredBrand(), "trademarkDisputed", true, "noTrademarkDispute"),
                Arguments.of(TIME_HONOURED, eligibleTimeHonouredBrand(), "majorAccidentLast3Years", true, "noMajorAccident"),
                Arguments.of(TIME_HONOURED, eligibleTimeHonouredBrand(), "creditListed", true, "noCreditListing"),
                Arguments.of(TIME_HONOURED, eligibleTimeHonouredBrand(), "domesticControl", false, "domesticControl"));
    }

    @ParameterizedTest(name = "{0}: {2} = {3} fails {4}")
    @MethodSource("oneBrokenCondition")
    void breaking_one_condition_names_exactly_that_rule(String decision, Map<String, Object> facts, String fact, Object value, String rule) {
        facts.put(fact, value);
        assertThat(rules.failedRules(decision, facts)).containsExactly(rule);
    }

    @Test
    void every_broken_condition_is_collected_not_just_the_first() {
        Map<String, Object> facts = eligibleBrand();
        facts.put("yearsInOperation", 1);
        facts.put("creditListed", true);
        facts.put("spotChecksPassedLast3Years", false);
        assertThat(rules.failedRules(BRAND, facts)).containsExactly("yearsInOperation", "spotChecksPassed", "noCreditListing");
    }

    @Test
    void the_required_brand_age_is_the_programmes_setting_fifty_years_for_the_national_list() {
        Map<String, Object> facts = eligibleTimeHonouredBrand();
        facts.put("brandAgeYears", 45);
        assertThat(rules.failedRules(TIME_HONOURED, facts)).isEmpty();
        facts.put("minimumBrandAge", 50);
        assertThat(rules.failedRules(TIME_HONOURED, facts)).containsExactly("brandAge");
    }

    @ParameterizedTest(name = "{4} has a message in Chinese and English")
    @MethodSource("oneBrokenCondition")
    void every_rule_has_a_message_in_both_languages(String decision, Map<String, Object> facts, String fact, Object value, String rule) {
        for (java.util.Locale locale : org.brandaward.ui.Translations.LOCALES) {
            assertThat(messages.getMessage("eligibility.rule." + rule, null, locale)).isNotBlank();
        }
    }

    @Test
    void an_individual_is_not_held_to_the_organisations_years_in_operation() {
        Map<String, Object> individual = eligibleIndividualForQualityAward();
        individual.put("yearsInOperation", 0);
        assertThat(rules.failedRules(QUALITY, individual)).isEmpty();
        Map<String, Object> organisation = eligibleOrganisationForQualityAward();
        organisation.put("yearsOfQualityWork", 0);
        assertThat(rules.failedRules(QUALITY, organisation)).isEmpty();
    }
}
