package org.brandaward.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The access matrix as one readable table ({@code src/test/resources/security/access-matrix.txt}): a line per public
 * service method and per HTTP endpoint, with the actors it lets through; every actor not named is refused.
 *
 * <pre>
 * service ApplicationService.get(long)                    : APPLICANT_A COUNTY_IN CITY_IN EXPERT_DECLARED OFFICE COMMITTEE ADMIN
 * service EligibilityService.decide(String,long,boolean,String) [task=eligibility] : OFFICE
 * http GET /certificates/{applicationId}.pdf [applicationId=recognised] : APPLICANT_A OFFICE COMMITTEE ADMIN
 * </pre>
 *
 * Between brackets, the scenario's ids the row's arguments take instead of the defaults; after the colon, actors or
 * one of {@code EVERYONE}, {@code SIGNED_IN} (everyone but the anonymous visitor) and {@code NOBODY} (the engine
 * only). A {@code #} starts a comment.
 */
final class AccessTable {

    /** Who acts in the matrix; the scenario gives each its account, region or assignment. */
    enum Actor {
        ANONYMOUS, APPLICANT_A, APPLICANT_B, COUNTY_IN, CITY_IN, COUNTY_OUT, CITY_OUT,
        EXPERT_DECLARED, EXPERT_UNDECLARED, EXPERT_UNASSIGNED, OFFICE, COMMITTEE, COMMITTEE_OUTSIDER, ADMIN
    }

    record Row(String subject, Map<String, String> bindings, Set<Actor> allowed) {
    }

    private static final String EVERYONE = "EVERYONE";
    private static final String SIGNED_IN = "SIGNED_IN";
    private static final String NOBODY = "NOBODY";

    private AccessTable() {
    }

    static Map<String, Row> read(String resource) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AccessTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String text = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (text.isEmpty()) {
                    continue;
                }
                Row row = parse(text);
                if (rows.put(row.subject(), row) != null) {
                    throw new IllegalStateException("two rows for " + row.subject());
                }
            }
        }
        return rows;
    }

    private static Row parse(String text) {
        int colon = text.lastIndexOf(" : ");
        if (colon < 0) {
            throw new IllegalStateException("no ' : ' in " + text);
        }
        String left = text.substring(0, colon).strip();
        Map<String, String> bindings = new LinkedHashMap<>();
        int bracket = left.indexOf(" [");
        if (bracket >= 0) {
            for (String binding : left.substring(bracket + 2, left.length() - 1).split(",")) {
                String[] pair = binding.strip().split("=");
                bindings.put(pair[0], pair[1]);
            }
            left = left.substring(0, bracket).strip();
        }
        return new Row(left.replaceAll("\\s+", " "), bindings, actors(text.substring(colon + 3).strip()));
    }

    private static Set<Actor> actors(String names) {
        return switch (names) {
            case EVERYONE -> EnumSet.allOf(Actor.class);
            case SIGNED_IN -> EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS));
            case NOBODY -> EnumSet.noneOf(Actor.class);
            default -> Arrays.stream(names.split("\\s+")).map(Actor::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Actor.class)));
        };
    }

    /** The line the table would need to hold what was observed, for a reader to check and paste. */
    static String line(String subject, Map<String, String> bindings, Set<Actor> allowed) {
        String left = subject + (bindings.isEmpty() ? "" : bindings.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",", " [", "]")));
        return "%-90s : %s".formatted(left, names(allowed));
    }

    static String names(Set<Actor> allowed) {
        if (allowed.size() == Actor.values().length) {
            return EVERYONE;
        }
        if (allowed.equals(EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS)))) {
            return SIGNED_IN;
        }
        if (allowed.isEmpty()) {
            return NOBODY;
        }
        List<String> names = new ArrayList<>();
        allowed.forEach(a -> names.add(a.name()));
        return String.join(" ", names);
    }
}
