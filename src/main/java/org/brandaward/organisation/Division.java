package org.brandaward.organisation;

import java.util.regex.Pattern;

/**
 * 行政区划 — one division of GB/T 2260: a province (省), a prefecture-level city (地级市, 自治州) or a county-level
 * division (区, 县级市, 县, 自治县). The code says where it lies: two digits of the province, two of the city, two of
 * the county; a city's code ends in 00 and a province's in 0000, a county's never does.
 */
public record Division(String code, String name, Level level, String parentCode) {

    public enum Level { PROVINCE, CITY, COUNTY }

    private static final Pattern CODE = Pattern.compile("[0-9]{6}");

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** By the code alone: a city's code ends in 00 but not in 0000. */
    public static boolean isCityCode(String code) {
        return isCode(code) && code.endsWith("00") && !code.endsWith("0000");
    }

    /** By the code alone: a county's code never ends in 00. */
    public static boolean isCountyCode(String code) {
        return isCode(code) && !code.endsWith("00");
    }

    /** The code of the city a county or city code lies in (the first four digits and 00); null for anything else. */
    public static String cityOf(String code) {
        return isCountyCode(code) || isCityCode(code) ? code.substring(0, 4) + "00" : null;
    }

    /** The code of the province a code lies in. */
    public static String provinceOf(String code) {
        return isCode(code) ? code.substring(0, 2) + "0000" : null;
    }

    /**
     * Whether the division {@code code} lies in the region {@code regionCode}: the region itself, a county of a city
     * region, or any division of a province region.
     */
    public static boolean isWithin(String code, String regionCode) {
        if (!isCode(code) || !isCode(regionCode)) {
            return false;
        }
        if (code.equals(regionCode)) {
            return true;
        }
        if (regionCode.endsWith("0000")) {
            return code.startsWith(regionCode.substring(0, 2));
        }
        return isCityCode(regionCode) && isCountyCode(code) && regionCode.equals(cityOf(code));
    }
}
