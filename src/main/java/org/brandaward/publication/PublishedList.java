package org.brandaward.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published list as the public reads it: only what the rules make public (never a score, a contact, a bonus).
 * Entries come by tier in the programme's tier order, then by rank.
 *
 * @param recommendation whether the list recommends upward (中华老字号) instead of recognising titles
 */
public record PublishedList(long roundId, String programmeId, int year, String decisionNumber, LocalDate decisionDate,
                            Instant publishedAt, boolean recommendation, List<Entry> entries) {

    /**
     * @param subject            the product, service or brand, or the person of an individual award
     * @param tier               the programme's tier id, or null
     * @param certificateNumber  null until issued, and for a recommendation
     * @param ministryRecognised the ministry's outcome of a recommendation, null until the office records it
     */
    public record Entry(long roundId, int position, String organisation, String creditCode, String subject, String cityCode,
                        String tier, String certificateNumber, Boolean ministryRecognised, LocalDate ministryDecidedOn) {
    }

    /** An entry found by the public search, with its round. */
    public record Found(long roundId, String programmeId, int year, Entry entry) {
    }

    /** One published round in the archive. */
    public record Summary(long roundId, String programmeId, int year, String decisionNumber, LocalDate decisionDate, int entries) {
    }
}
