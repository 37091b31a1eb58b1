package org.brandaward.organisation;

import org.brandaward.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V21 on a database where earlier imports stored an entry more than once: the first copy stays, a title review of a
 * later copy is pointed at the first, each copy removed leaves an audit row, and the key becomes unique. Run in a
 * transaction that is rolled back (PostgreSQL undoes the schema change too), so the shared test database is untouched.
 */
@IntegrationTest
class CreditRecordOnceMigrationIT {

    private static final String INSERT = "insert into credit_record (credit_code, organisation_name, kind, source, listed_on, reason,"
            + " recorded_by, recorded_at) values (?, '某公司', 'BLACKLIST', ?, date '2026-05-01', '偷税', 'office', now()) returning id";

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void entries_stored_twice_are_kept_once_and_their_title_reviews_point_at_the_one_kept() throws IOException {
        String migration = new ClassPathResource("db/migration/V21__credit_record_once.sql").getContentAsString(StandardCharsets.UTF_8);
        String code = OrganisationFixtures.newCreditCode();
        String variable = "credit-record-once-" + System.nanoTime();

        transactions.executeWithoutResult(status -> {
            // The schema as it was before V21
            jdbc.execute("alter table credit_record drop constraint credit_record_once");
            jdbc.execute("create index credit_record_code_idx on credit_record (credit_code)");
            long first = jdbc.queryForObject(INSERT, Long.class, code, "信用中国");
            long second = jdbc.queryForObject(INSERT, Long.class, code, "信用中国");
            long third = jdbc.queryForObject(INSERT, Long.class, code, "信用中国");
            long otherSource = jdbc.queryForObject(INSERT, Long.class, code, "市场监管局");
            jdbc.update("insert into act_ru_variable (id_, rev_, type_, name_, long_, text_) values (?, 1, 'long', 'creditRecordId', ?, ?)",
                    variable, third, Long.toString(third));

            jdbc.execute(migration);

            assertThat(jdbc.queryForList("select id from credit_record where credit_code = ? order by id", Long.class, code))
                    .containsExactly(first, otherSource);
            assertThat(jdbc.queryForObject("select long_ from act_ru_variable where id_ = ?", Long.class, variable)).isEqualTo(first);
            assertThat(jdbc.queryForObject("select text_ from act_ru_variable where id_ = ?", String.class, variable)).isEqualTo(Long.toString(first));
            assertThat(jdbc.queryForList("select entity_id from audit_event where entity_type = 'CREDIT_RECORD' and action = 'DUPLICATE_REMOVED'"
                    + " and entity_id in (?, ?) order by entity_id", Long.class, second, third)).isEqualTo(List.of(second, third));
            assertThat(jdbc.queryForObject("select count(*) from pg_constraint where conname = 'credit_record_once'", Integer.class)).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from credit_record where credit_code = ?", Integer.class, code)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pg_constraint where conname = 'credit_record_once'", Integer.class)).isEqualTo(1);
    }
}
