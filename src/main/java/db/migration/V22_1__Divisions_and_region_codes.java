package db.migration;

import org.brandaward.organisation.Division;
import org.brandaward.organisation.DivisionFile;
import org.brandaward.organisation.RegionNames;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 行政区划 — loads the GB/T 2260 divisions ({@link DivisionFile}) into the table {@code division} made by V22, then
 * maps the free text typed before to codes by exact name ({@link RegionNames}):
 * <ul>
 * <li>an organisation's city and county to its county's code (only the city's where the county is missing or unknown);</li>
 * <li>a recommender account's city and county to the code of the city or county it works for;</li>
 * <li>an expert's city to its code;</li>
 * <li>the regions quotas count ({@code recommendation.region}) and, in Camunda's tables, the candidate groups of open
 * tasks ({@code act_ru_identitylink}) and the group variables of running and past instances ({@code cityGroup},
 * {@code countyGroup} in {@code act_ru_variable} and {@code act_hi_varinst}), from {@code CITY:济南市} and
 * {@code COUNTY:济南市/历下区} to {@code CITY:370100} and {@code COUNTY:370102}, so that open applications stay in
 * their bureaus' inboxes and the tasks still to come are created for the groups by code.</li>
 * </ul>
 * A mapped row's old text is cleared and an audit row keeps it; a row that does not map keeps its text in its
 * {@code legacy_*} columns and is listed as a region to fix (an audit row says so too). Nothing is dropped.
 */
public class V22_1__Divisions_and_region_codes extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V22_1__Divisions_and_region_codes.class);

    /** What the mapping did: per table, the rows mapped and the rows left to fix, by id with the text typed. */
    public record Report(Map<String, Integer> mapped, Map<String, List<String>> toFix) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<Division> divisions = DivisionFile.read();
        load(connection, divisions);
        Report report = mapRegions(connection, new RegionNames(divisions));
        log.info("Regions mapped to GB/T 2260 codes: {}", report.mapped());
        report.toFix().forEach((table, rows) -> {
            if (!rows.isEmpty()) {
                log.warn("Regions to fix in {} (matched no division; the admin or the office picks one): {}", table, rows);
            }
        });
    }

    static void load(Connection connection, List<Division> divisions) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into division (code, name, level, parent_code) values (?, ?, ?, ?)")) {
            // Parents first: provinces, then cities, then counties.
            for (Division.Level level : Division.Level.values()) {
                for (Division division : divisions) {
                    if (division.level() == level) {
                        insert.setString(1, division.code());
                        insert.setString(2, division.name());
                        insert.setString(3, division.level().name());
                        insert.setString(4, division.parentCode());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
    }

    /** Maps every row that has old text and no code yet; public so that a test can run it on rows of its own. */
    public static Report mapRegions(Connection connection, RegionNames names) throws SQLException {
        Map<String, Integer> mapped = new LinkedHashMap<>();
        Map<String, List<String>> toFix = new LinkedHashMap<>();
        organisations(connection, names, mapped, toFix);
        recommenders(connection, names, mapped, toFix);
        experts(connection, names, mapped, toFix);
        mapped.put("recommendation", groups(connection, names, "select distinct region from recommendation",
                "update recommendation set region = ? where region = ?"));
        if (exists(connection, "act_ru_identitylink")) {
            mapped.put("act_ru_identitylink", groups(connection, names,
                    "select distinct group_id_ from act_ru_identitylink where group_id_ like 'CITY:%' or group_id_ like 'COUNTY:%'",
                    "update act_ru_identitylink set group_id_ = ? where group_id_ = ?"));
        }
        if (exists(connection, "act_ru_variable")) {
            mapped.put("act_ru_variable", groups(connection, names,
                    "select distinct text_ from act_ru_variable where name_ in ('cityGroup', 'countyGroup') and type_ = 'string'",
                    "update act_ru_variable set text_ = ? where name_ in ('cityGroup', 'countyGroup') and type_ = 'string' and text_ = ?"));
        }
        if (exists(connection, "act_hi_varinst")) {
            mapped.put("act_hi_varinst", groups(connection, names,
                    "select distinct text_ from act_hi_varinst where name_ in ('cityGroup', 'countyGroup') and var_type_ = 'string'",
                    "update act_hi_varinst set text_ = ? where name_ in ('cityGroup', 'countyGroup') and var_type_ = 'string' and text_ = ?"));
        }
        return new Report(mapped, toFix);
    }

    private static void organisations(Connection connection, RegionNames names, Map<String, Integer> mapped,
                                      Map<String, List<String>> toFix) throws SQLException {
        int count = 0;
        List<String> left = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, legacy_city, legacy_county from organisation where division_code is null and legacy_city is not null order by id");
             PreparedStatement update = connection.prepareStatement(
                     "update organisation set division_code = ?, legacy_city = ?, legacy_county = ? where id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String city = rows.getString(2);
                String county = rows.getString(3);
                Optional<String> code = names.organisation(city, county);
                boolean complete = code.filter(Division::isCountyCode).isPresent();
                if (code.isPresent()) {
                    update.setString(1, code.get());
                    update.setString(2, complete ? null : city);
                    update.setString(3, complete ? null : county);
                    update.setLong(4, id);
                    update.executeUpdate();
                }
                if (complete) {
                    count++;
                } else {
                    left.add(id + " " + typed(city, county));
                }
                audit(connection, "ORGANISATION", id, complete ? "REGION_CODED" : "REGION_TO_FIX", code.orElse(null), typed(city, county));
            }
        }
        mapped.put("organisation", count);
        toFix.put("organisation", left);
    }

    private static void recommenders(Connection connection, RegionNames names, Map<String, Integer> mapped,
                                     Map<String, List<String>> toFix) throws SQLException {
        int count = 0;
        List<String> left = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, username, legacy_region_city, legacy_region_county"
                + " from app_user where region_code is null and legacy_region_city is not null order by id");
             PreparedStatement update = connection.prepareStatement(
                     "update app_user set region_code = ?, legacy_region_city = null, legacy_region_county = null where id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String city = rows.getString(3);
                String county = rows.getString(4);
                Optional<String> code = names.recommender(city, county);
                if (code.isPresent()) {
                    update.setString(1, code.get());
                    update.setLong(2, id);
                    update.executeUpdate();
                    count++;
                } else {
                    left.add(rows.getString(2) + " " + typed(city, county));
                }
                audit(connection, "USER_ACCOUNT", id, code.isPresent() ? "REGION_CODED" : "REGION_TO_FIX", code.orElse(null), typed(city, county));
            }
        }
        mapped.put("app_user", count);
        toFix.put("app_user", left);
    }

    private static void experts(Connection connection, RegionNames names, Map<String, Integer> mapped,
                                Map<String, List<String>> toFix) throws SQLException {
        int count = 0;
        List<String> left = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, legacy_city from expert where city_code is null and legacy_city is not null order by id");
             PreparedStatement update = connection.prepareStatement("update expert set city_code = ?, legacy_city = null where id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String city = rows.getString(2);
                Optional<String> code = names.city(city);
                if (code.isPresent()) {
                    update.setString(1, code.get());
                    update.setLong(2, id);
                    update.executeUpdate();
                    count++;
                } else {
                    left.add(id + " " + city);
                }
                audit(connection, "EXPERT", id, code.isPresent() ? "REGION_CODED" : "REGION_TO_FIX", code.orElse(null), city);
            }
        }
        mapped.put("expert", count);
        toFix.put("expert", left);
    }

    /** Rewrites each group by names that maps to a group by code; returns how many rows changed. */
    private static int groups(Connection connection, RegionNames names, String selectDistinct, String update) throws SQLException {
        Map<String, String> rewrites = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(selectDistinct); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String group = rows.getString(1);
                names.group(group).ifPresent(code -> rewrites.put(group, code));
            }
        }
        int changed = 0;
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (Map.Entry<String, String> rewrite : rewrites.entrySet()) {
                statement.setString(1, rewrite.getValue());
                statement.setString(2, rewrite.getKey());
                changed += statement.executeUpdate();
            }
        }
        return changed;
    }

    private static void audit(Connection connection, String entityType, long id, String action, String code, String typed)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (occurred_at, actor, entity_type,"
                + " entity_id, action, before_state, after_state, detail) values (now(), 'system', ?, ?, ?, null, ?, ?)")) {
            insert.setString(1, entityType);
            insert.setLong(2, id);
            insert.setString(3, action);
            insert.setString(4, code);
            insert.setString(5, "typed before regions were codes: " + typed);
            insert.executeUpdate();
        }
    }

    private static String typed(String city, String county) {
        return String.join(" ", city == null ? "" : city, county == null ? "" : county).strip();
    }

    /** Camunda creates its tables at startup, after Flyway: on a new database they are not there yet. */
    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select to_regclass(?) is not null")) {
            select.setString(1, table);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }
}
