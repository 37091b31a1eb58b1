package org.brandaward.security;

/**
 * The task groups of recommenders: a city bureau works on {@code CITY:<city>}, a county bureau on
 * {@code COUNTY:<city>/<county>}. The BPMN models name them per application, and a recommender account carries its
 * group as an authority {@code GROUP_<group>}.
 */
public final class RegionGroups {

    public static final String AUTHORITY_PREFIX = "GROUP_";

    private RegionGroups() {
    }

    public static String city(String city) {
        return "CITY:" + city;
    }

    public static String county(String city, String county) {
        return "COUNTY:" + city + "/" + county;
    }

    /** The group of a recommender working for {@code city}, or for {@code county} of it when a county is given. */
    public static String of(String city, String county) {
        return county == null ? city(city) : county(city, county);
    }
}
