package org.brandaward.organisation;

import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import db.migration.V22_1__Divisions_and_region_codes;
import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V22_1 on rows typed before regions were codes: exact names become codes, the rest keeps its text and is listed to
 * fix, and Camunda's candidate groups and group variables of open work are rewritten. Run in a transaction that is
 * rolled back, so the shared test database is untouched.
 */
@IntegrationTest
class RegionCodesMigrationIT {

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ApplicationService applications;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void names_typed_before_are_mapped_to_codes_and_the_unmatched_are_kept_and_listed() {
        long roundId = roundFixtures.round(2033).getId();
        organisationFixtures.applicantWithOrganisation("迁移测试有限公司");
        long applicationId = applications.createDraft(roundId, ApplicantKind.ORGANISATION).getId();
        SignIn.out();
        String tag = Long.toString(System.nanoTime());

        transactions.executeWithoutResult(status -> {
            long lixia = organisation(tag + "a", "济南市", "历下区");
            long written = organisation(tag + "b", "济南市", "济南市历下区");
            long noCounty = organisation(tag + "c", "济南市", null);
            long unknownCounty = organisation(tag + "d", "济南市", "高新区");
            long unknownCity = organisation(tag + "e", "济南", "历下区");
            long cityBureau = recommender(tag + "f", "济南市", null);
            long countyBureau = recommender(tag + "g", "济南市", "历下区");
            long unknownBureau = recommender(tag + "h", "济南市", "历下");
            long qingdao = expert("青岛市");
            long unknownExpert = expert("青岛");
            jdbc.update("insert into recommendation (application_id, round_id, level, region, recommended, decided_by, decided_at)"
                    + " values (?, ?, 'COUNTY', 'COUNTY:济南市/历下区', true, 'x', now())", applicationId, roundId);
            // An open task's candidate groups (the task itself is left out: only the link's group matters here)
            jdbc.update("insert into act_ru_identitylink (id_, rev_, group_id_, type_) values (?, 1, 'CITY:济南市', 'candidate')", "link-" + tag);
            jdbc.update("insert into act_ru_identitylink (id_, rev_, group_id_, type_) values (?, 1, 'COUNTY:济南市/历下', 'candidate')",
                    "link2-" + tag);
            jdbc.update("insert into act_ru_variable (id_, rev_, type_, name_, text_) values (?, 1, 'string', 'countyGroup', 'COUNTY:济南市/历下区')",
                    "var-" + tag);
            jdbc.update("insert into act_hi_varinst (id_, name_, var_type_, text_) values (?, 'cityGroup', 'string', 'CITY:济南市')", "var-" + tag);

            V22_1__Divisions_and_region_codes.Report report = migrate();

            assertThat(column("organisation", "division_code", lixia)).isEqualTo("370102");
            assertThat(column("organisation", "legacy_city", lixia)).as("mapped: the old text is cleared").isNull();
            assertThat(column("organisation", "division_code", written)).isEqualTo("370102");
            assertThat(column("organisation", "division_code", noCounty)).as("the city, to fix").isEqualTo("370100");
            assertThat(column("organisation", "division_code", unknownCounty)).isEqualTo("370100");
            assertThat(column("organisation", "legacy_county", unknownCounty)).as("kept for the admin").isEqualTo("高新区");
            assertThat(column("organisation", "division_code", unknownCity)).isNull();
            assertThat(column("organisation", "legacy_city", unknownCity)).isEqualTo("济南");
            assertThat(report.toFix().get("organisation")).contains(noCounty + " 济南市", unknownCounty + " 济南市 高新区",
                    unknownCity + " 济南 历下区").noneMatch(row -> row.startsWith(lixia + " ") || row.startsWith(written + " "));

            assertThat(column("app_user", "region_code", cityBureau)).isEqualTo("370100");
            assertThat(column("app_user", "region_code", countyBureau)).isEqualTo("370102");
            assertThat(column("app_user", "region_code", unknownBureau)).as("never the whole city").isNull();
            assertThat(column("app_user", "legacy_region_county", unknownBureau)).isEqualTo("历下");
            assertThat(report.toFix().get("app_user")).contains("legacy-" + tag + "h 济南市 历下");

            assertThat(column("expert", "city_code", qingdao)).isEqualTo("370200");
            assertThat(column("expert", "city_code", unknownExpert)).isNull();
            assertThat(column("expert", "legacy_city", unknownExpert)).isEqualTo("青岛");
            assertThat(report.toFix().get("expert")).contains(unknownExpert + " 青岛");

            assertThat(jdbc.queryForObject("select region from recommendation where application_id = ?", String.class, applicationId))
                    .isEqualTo("COUNTY:370102");
            assertThat(jdbc.queryForObject("select group_id_ from act_ru_identitylink where id_ = ?", String.class, "link-" + tag))
                    .isEqualTo("CITY:370100");
            assertThat(jdbc.queryForObject("select group_id_ from act_ru_identitylink where id_ = ?", String.class, "link2-" + tag))
                    .as("unmatched: left as it was").isEqualTo("COUNTY:济南市/历下");
            assertThat(jdbc.queryForObject("select text_ from act_ru_variable where id_ = ?", String.class, "var-" + tag))
                    .isEqualTo("COUNTY:370102");
            assertThat(jdbc.queryForObject("select text_ from act_hi_varinst where id_ = ?", String.class, "var-" + tag))
                    .isEqualTo("CITY:370100");
            assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'ORGANISATION' and entity_id in (?, ?)"
                    + " order by entity_id", String.class, lixia, unknownCity)).containsExactly("REGION_CODED", "REGION_TO_FIX");
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from organisation where name like ?", Integer.class, tag + "%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from recommendation where application_id = ?", Integer.class, applicationId)).isZero();
    }

    private V22_1__Divisions_and_region_codes.Report migrate() {
        try {
            return V22_1__Divisions_and_region_codes.mapRegions(DataSourceUtils.getConnection(dataSource),
                    new RegionNames(DivisionFile.read()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long organisation(String name, String city, String county) {
        return jdbc.queryForObject("insert into organisation (credit_code, name, legal_representative, legacy_city, legacy_county,"
                + " created_at) values (?, ?, '张三', ?, ?, now()) returning id", Long.class, OrganisationFixtures.newCreditCode(), name, city, county);
    }

    private long recommender(String suffix, String city, String county) {
        return jdbc.queryForObject("insert into app_user (username, password_hash, display_name, role, legacy_region_city,"
                + " legacy_region_county) values (?, 'x', '推荐单位', ?, ?, ?) returning id", Long.class,
                "legacy-" + suffix, Roles.RECOMMENDER, city, county);
    }

    private long expert(String city) {
        return jdbc.queryForObject("insert into expert (name, legacy_city, employer, created_at) values ('迁移专家', ?, '某大学', now())"
                + " returning id", Long.class, city);
    }

    private Object column(String table, String column, long id) {
        Map<String, Object> row = jdbc.queryForMap("select " + column + " from " + table + " where id = ?", id);
        return row.get(column);
    }
}
