package org.brandaward.security;

/**
 * The task groups of recommenders, by GB/T 2260 division code: a city bureau works on {@code CITY:370100}, a county
 * bureau on {@code COUNTY:370102}. The BPMN models name them per application (process variables set at submission),
 * and a recommender account carries its group as an authority {@code GROUP_<group>}. Names never appear in a group.
 */
public final class RegionGroups {

    public static final String AUTHORITY_PREFIX = "GROUP_";

    private RegionGroups() {
    }

    public static String city(String cityCode) {
        return "CITY:" + cityCode;
    }

    public static String county(String countyCode) {
        return "COUNTY:" + countyCode;
    }

    /** The group of a recommender working for a city or a county: a city's code ends in 00, a county's never does. */
    public static String of(String divisionCode) {
        return divisionCode.endsWith("00") ? city(divisionCode) : county(divisionCode);
    }
}
