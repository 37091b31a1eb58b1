package org.brandaward.organisation;

import org.brandaward.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The table division as the migration V22_1 loaded it from the shipped file, read by the {@link Divisions} catalog. */
@IntegrationTest
class DivisionsIT {

    @Autowired Divisions divisions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_migration_loaded_every_division_of_the_file() {
        assertThat(jdbc.queryForObject("select count(*) from division", Integer.class)).isEqualTo(DivisionFile.read().size());
        assertThat(jdbc.queryForList("select level || ' ' || count(*) from division group by level order by level", String.class))
                .containsExactly("CITY 38", "COUNTY 302", "PROVINCE 3");
    }

    @ParameterizedTest(name = "{0}: {1} cities, {2} counties")
    @CsvSource({"370000, 16, 136", "430000, 14, 122", "630000, 8, 44"})
    void the_catalog_lists_each_provinces_cities_and_their_counties(String province, int cities, int counties) {
        assertThat(divisions.citiesOf(province)).hasSize(cities);
        assertThat(divisions.citiesOf(province).stream().mapToInt(c -> divisions.countiesOf(c.code()).size()).sum()).isEqualTo(counties);
    }

    @Test
    void names_are_for_display() {
        assertThat(divisions.nameOf("370102")).isEqualTo("历下区");
        assertThat(divisions.nameOf("430102")).isEqualTo("芙蓉区");
        assertThat(divisions.nameOf("630102")).isEqualTo("城东区");
        assertThat(divisions.pathOf("370102")).isEqualTo("济南市 历下区");
        assertThat(divisions.pathOf("370100")).isEqualTo("济南市");
        assertThat(divisions.parentOf("370100")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("山东省"));
        assertThat(divisions.nameOf(null)).isEmpty();
    }
}
