package org.brandaward.organisation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 行政区划 — the GB/T 2260 divisions of the provinces the system serves, read once from the table {@code division}
 * (loaded by the migration V22_1, changed only by migrations). Everything that routes, counts or excludes by region
 * uses the codes; the names are for display. Public reference data: no method takes an id or reveals anything.
 */
@Service
public class Divisions {

    private final Map<String, Division> byCode = new LinkedHashMap<>();
    private final RegionNames names;

    @Autowired // the other constructor is for tests that need no database
    Divisions(JdbcTemplate jdbc) {
        this(jdbc.query("select code, name, level, parent_code from division order by code",
                (rs, row) -> new Division(rs.getString(1), rs.getString(2), Division.Level.valueOf(rs.getString(3)), rs.getString(4))));
    }

    Divisions(List<Division> divisions) {
        divisions.stream().sorted(Comparator.comparing(Division::code)).forEach(d -> byCode.put(d.code(), d));
        names = new RegionNames(divisions);
    }

    public List<Division> provinces() {
        return byLevel(Division.Level.PROVINCE, null);
    }

    public List<Division> citiesOf(String provinceCode) {
        return byLevel(Division.Level.CITY, provinceCode);
    }

    public List<Division> countiesOf(String cityCode) {
        return byLevel(Division.Level.COUNTY, cityCode);
    }

    public Optional<Division> get(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public Optional<Division> parentOf(String code) {
        return get(code).map(Division::parentCode).flatMap(this::get);
    }

    public boolean isCity(String code) {
        return get(code).filter(d -> d.level() == Division.Level.CITY).isPresent();
    }

    public boolean isCounty(String code) {
        return get(code).filter(d -> d.level() == Division.Level.COUNTY).isPresent();
    }

    /** Whether the county (or city) {@code code} lies in the city (or is the county) {@code regionCode}; see {@link Division#isWithin}. */
    public static boolean isWithin(String code, String regionCode) {
        return Division.isWithin(code, regionCode);
    }

    /** The name of a division; the code itself when the list does not have it, empty for none. */
    public String nameOf(String code) {
        return code == null ? "" : get(code).map(Division::name).orElse(code);
    }

    /** City and county for display ({@code 济南市 历下区}), or the city alone for a city code; empty for none. */
    public String pathOf(String code) {
        List<String> parts = new ArrayList<>();
        for (Optional<Division> d = get(code); d.isPresent() && d.get().level() != Division.Level.PROVINCE; d = parentOf(d.get().code())) {
            parts.add(0, d.get().name());
        }
        return parts.isEmpty() ? nameOf(code) : String.join(" ", parts);
    }

    /** The city named so, or given by its code, as the expert import accepts either. */
    public Optional<String> cityByNameOrCode(String text) {
        if (text != null && isCity(text.strip())) {
            return Optional.of(text.strip());
        }
        return names.city(text);
    }

    private List<Division> byLevel(Division.Level level, String parentCode) {
        return byCode.values().stream()
                .filter(d -> d.level() == level && (parentCode == null || parentCode.equals(d.parentCode())))
                .toList();
    }
}
