package org.brandaward.publication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The round's candidates as the processes hand them on, plain strings so no Java object is serialised into the
 * engine: {@code candidateIds} "12,15,19" in rank order ("" for none) and {@code tiers} "12=AWARD,15=NOMINATION"
 * ("" for programmes without tiers).
 */
record CandidateList(List<Long> applicationIds, Map<Long, String> tiers) {

    static CandidateList parse(String candidateIds, String tiers) {
        List<Long> ids = new ArrayList<>();
        for (String id : split(candidateIds)) {
            long applicationId = Long.parseLong(id);
            if (ids.contains(applicationId)) {
                throw new IllegalArgumentException("candidate " + applicationId + " twice in " + candidateIds);
            }
            ids.add(applicationId);
        }
        Map<Long, String> byApplication = new LinkedHashMap<>();
        for (String pair : split(tiers)) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException("tier " + pair + " in " + tiers);
            }
            byApplication.put(Long.parseLong(parts[0].strip()), parts[1].strip());
        }
        return new CandidateList(List.copyOf(ids), Map.copyOf(byApplication));
    }

    /** The tier of a candidate, or null where the programme has none. */
    String tierOf(long applicationId) {
        return tiers.get(applicationId);
    }

    private static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
