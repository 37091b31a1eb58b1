package org.brandaward.organisation;

import org.brandaward.security.RegionGroups;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Free text typed before regions were codes, matched to GB/T 2260 codes by exact name: a city by its name
 * ({@code 济南市}), a county by its name within that city ({@code 历下区}, or written with the city in front,
 * {@code 济南市历下区}). Blanks inside the text are ignored; nothing else is guessed ({@code 历下} matches nothing),
 * so what does not match is left for a person to fix. Pure: the migration V22_1 and the expert import use it.
 */
public final class RegionNames {

    private final Map<String, String> cityCodes = new HashMap<>();
    /** Keyed by city code, then county name. */
    private final Map<String, Map<String, String>> countyCodes = new HashMap<>();
    private final Map<String, String> cityNames = new HashMap<>();

    public RegionNames(List<Division> divisions) {
        for (Division division : divisions) {
            if (division.level() == Division.Level.CITY) {
                cityCodes.put(division.name(), division.code());
                cityNames.put(division.code(), division.name());
            }
        }
        for (Division division : divisions) {
            if (division.level() == Division.Level.COUNTY) {
                countyCodes.computeIfAbsent(division.parentCode(), c -> new HashMap<>()).put(division.name(), division.code());
            }
        }
    }

    /** The code of the city named {@code city}. */
    public Optional<String> city(String city) {
        return Optional.ofNullable(cityCodes.get(normalise(city)));
    }

    /** The code of the county named {@code county} in the city named {@code city}. */
    public Optional<String> county(String city, String county) {
        return city(city).flatMap(cityCode -> {
            String name = normalise(county);
            Map<String, String> counties = countyCodes.getOrDefault(cityCode, Map.of());
            String cityName = cityNames.get(cityCode);
            if (!counties.containsKey(name) && name.startsWith(cityName)) {
                name = name.substring(cityName.length());
            }
            return Optional.ofNullable(counties.get(name));
        });
    }

    /**
     * An organisation's region: its county's code, or, where its county is missing or unknown but its city is known,
     * the city's code (it stays visible to its city bureau and is listed to fix); empty when the city is unknown.
     */
    public Optional<String> organisation(String city, String county) {
        return isBlank(county) ? city(city) : county(city, county).or(() -> city(city));
    }

    /**
     * A recommender's region: the city for a city bureau (no county), the county for a county bureau. A county that
     * does not match leaves the account without a region: a county bureau never gets its whole city's tasks.
     */
    public Optional<String> recommender(String city, String county) {
        return isBlank(county) ? city(city) : county(city, county);
    }

    /** A task group by names ({@code CITY:济南市}, {@code COUNTY:济南市/历下区}) as a group by code; empty for anything else. */
    public Optional<String> group(String group) {
        if (group == null) {
            return Optional.empty();
        }
        if (group.startsWith("CITY:")) {
            return city(group.substring("CITY:".length())).map(RegionGroups::city);
        }
        int slash = group.indexOf('/');
        if (group.startsWith("COUNTY:") && slash > 0) {
            return county(group.substring("COUNTY:".length(), slash), group.substring(slash + 1)).map(RegionGroups::county);
        }
        return Optional.empty();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "");
    }

    private static boolean isBlank(String text) {
        return normalise(text).isEmpty();
    }
}
