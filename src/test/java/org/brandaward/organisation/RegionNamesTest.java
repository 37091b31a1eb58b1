package org.brandaward.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Free text of old to codes, by exact name only: what does not match is left for a person to fix. */
class RegionNamesTest {

    static final RegionNames NAMES = new RegionNames(DivisionFile.read());

    @Test
    void a_county_is_matched_by_its_name_within_its_city_or_written_with_the_city_in_front() {
        assertThat(NAMES.county("济南市", "历下区")).contains("370102");
        assertThat(NAMES.county("济南市", "济南市历下区")).contains("370102");
        assertThat(NAMES.county(" 济南市 ", "济南市 历下区")).contains("370102");
        assertThat(NAMES.county("济南市", "市中区")).contains("370103");
        assertThat(NAMES.county("枣庄市", "市中区")).contains("370402");
        assertThat(NAMES.county("西宁市", "城东区")).contains("630102");
        assertThat(NAMES.county("长沙市", "芙蓉区")).contains("430102");
    }

    @Test
    void nothing_is_guessed() {
        assertThat(NAMES.county("济南市", "历下")).isEmpty();
        assertThat(NAMES.county("济南", "历下区")).isEmpty();
        assertThat(NAMES.county("青岛市", "历下区")).as("a county of another city").isEmpty();
        assertThat(NAMES.county("济南市", "青岛市历下区")).isEmpty();
        assertThat(NAMES.city("山东省济南市")).isEmpty();
        assertThat(NAMES.city(null)).isEmpty();
    }

    @Test
    void an_organisation_keeps_its_city_where_its_county_is_missing_or_unknown() {
        assertThat(NAMES.organisation("济南市", "历下区")).contains("370102");
        assertThat(NAMES.organisation("济南市", null)).contains("370100");
        assertThat(NAMES.organisation("济南市", "高新区")).contains("370100");
        assertThat(NAMES.organisation("济南", "历下区")).isEmpty();
    }

    @Test
    void a_county_bureau_whose_county_is_unknown_gets_no_region_never_its_whole_city() {
        assertThat(NAMES.recommender("济南市", null)).contains("370100");
        assertThat(NAMES.recommender("济南市", " ")).contains("370100");
        assertThat(NAMES.recommender("济南市", "历下区")).contains("370102");
        assertThat(NAMES.recommender("济南市", "历下")).isEmpty();
    }

    @Test
    void task_groups_by_name_become_groups_by_code() {
        assertThat(NAMES.group("CITY:济南市")).contains("CITY:370100");
        assertThat(NAMES.group("COUNTY:济南市/历下区")).contains("COUNTY:370102");
        assertThat(NAMES.group("COUNTY:济南市/济南市历下区")).contains("COUNTY:370102");
        assertThat(NAMES.group("COUNTY:济南市/历下")).isEmpty();
        assertThat(NAMES.group("CITY:370100")).as("already by code").isEmpty();
        assertThat(NAMES.group("OFFICE")).isEmpty();
    }
}
