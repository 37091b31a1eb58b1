package org.brandaward.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped GB/T 2260 list (divisions/gb-t-2260.csv): every prefecture-level city and county-level division of
 * Shandong, Hunan and Qinghai, counted as the Ministry of Civil Affairs lists them, and the code rules.
 */
class DivisionsTest {

    static final List<Division> FILE = DivisionFile.read();
    static final Divisions DIVISIONS = new Divisions(FILE);

    @ParameterizedTest(name = "{1}: {2} cities, {3} counties")
    @CsvSource({"370000, 山东省, 16, 136", "430000, 湖南省, 14, 122", "630000, 青海省, 8, 44"})
    void each_province_has_its_number_of_cities_and_counties(String province, String name, int cities, int counties) {
        assertThat(DIVISIONS.get(province)).hasValueSatisfying(d -> assertThat(d.name()).isEqualTo(name));
        assertThat(DIVISIONS.citiesOf(province)).hasSize(cities);
        assertThat(DIVISIONS.citiesOf(province).stream().mapToInt(c -> DIVISIONS.countiesOf(c.code()).size()).sum()).isEqualTo(counties);
    }

    @Test
    void the_three_provinces_and_nothing_else() {
        assertThat(DIVISIONS.provinces()).extracting(Division::name).containsExactly("山东省", "湖南省", "青海省");
        assertThat(FILE).hasSize(3 + 38 + 302);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"370102, 历下区, 370100, 济南市", "430102, 芙蓉区, 430100, 长沙市", "630102, 城东区, 630100, 西宁市",
            "370103, 市中区, 370100, 济南市", "370402, 市中区, 370400, 枣庄市", "370116, 莱芜区, 370100, 济南市",
            "431181, 祁阳市, 431100, 永州市", "433101, 吉首市, 433100, 湘西土家族苗族自治州", "632803, 茫崖市, 632800, 海西蒙古族藏族自治州"})
    void known_counties_lie_in_their_cities(String code, String name, String city, String cityName) {
        assertThat(DIVISIONS.nameOf(code)).isEqualTo(name);
        assertThat(DIVISIONS.parentOf(code)).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo(city));
        assertThat(DIVISIONS.pathOf(code)).isEqualTo(cityName + " " + name);
        assertThat(Divisions.isWithin(code, city)).isTrue();
        assertThat(DIVISIONS.isCounty(code)).isTrue();
    }

    @Test
    void every_code_says_where_it_lies_and_no_municipal_district_placeholder_is_listed() {
        Map<String, Division> byCode = FILE.stream().collect(Collectors.toMap(Division::code, Function.identity()));
        for (Division d : FILE) {
            switch (d.level()) {
                case PROVINCE -> assertThat(d.code()).endsWith("0000");
                case CITY -> {
                    assertThat(Division.isCityCode(d.code())).as(d.toString()).isTrue();
                    assertThat(d.parentCode()).isEqualTo(Division.provinceOf(d.code()));
                }
                case COUNTY -> {
                    assertThat(Division.isCountyCode(d.code())).as(d.toString()).isTrue();
                    assertThat(d.parentCode()).isEqualTo(Division.cityOf(d.code()));
                }
            }
            assertThat(d.parentCode() == null || byCode.containsKey(d.parentCode())).as(d.toString()).isTrue();
            assertThat(d.name()).isNotBlank().isNotEqualTo("市辖区");
        }
        assertThat(byCode).doesNotContainKeys("371200", "431121", "370171"); // 莱芜市 (merged 2019), 祁阳县 (2021), a 开发区
    }

    @Test
    void a_county_lies_in_its_city_and_province_only() {
        assertThat(Divisions.isWithin("370102", "370102")).isTrue();
        assertThat(Divisions.isWithin("370102", "370100")).isTrue();
        assertThat(Divisions.isWithin("370102", "370000")).isTrue();
        assertThat(Divisions.isWithin("370102", "370103")).isFalse();
        assertThat(Divisions.isWithin("370102", "370200")).isFalse();
        assertThat(Divisions.isWithin("370100", "370102")).as("a city is not within its county").isFalse();
        assertThat(Divisions.isWithin(null, "370100")).isFalse();
        assertThat(Division.cityOf("370102")).isEqualTo("370100");
        assertThat(Division.isCityCode("370000")).as("a province is no city").isFalse();
        assertThat(Division.isCountyCode("370100")).as("a city is no county").isFalse();
    }

    @Test
    void the_expert_import_takes_a_city_by_name_or_by_code() {
        assertThat(DIVISIONS.cityByNameOrCode("青岛市")).contains("370200");
        assertThat(DIVISIONS.cityByNameOrCode(" 370200 ")).contains("370200");
        assertThat(DIVISIONS.cityByNameOrCode("青岛")).isEmpty();
        assertThat(DIVISIONS.cityByNameOrCode("370202")).as("a county's code is no city").isEmpty();
    }
}
