package org.brandaward.publication;

import org.brandaward.organisation.Division;
import org.brandaward.organisation.Divisions;
import org.brandaward.programme.ProgrammeCatalog;
import org.brandaward.programme.ProgrammeDescriptor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A published list as lines of text in one language, the same for the public page, the PDF and the workbook, so the
 * three carry the same entries: the city by name, the tier by the programme's name for it, and the last column the
 * certificate number, or for a recommendation (中华老字号) the ministry's outcome.
 */
@Component
class ListRows {

    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    /** One line of the list; {@code outcome} is the certificate number or the ministry's outcome, "" for none. */
    record Row(String position, String organisation, String creditCode, String subject, String city, String tier, String outcome) {
    }

    private final ProgrammeCatalog programmes;
    private final Divisions divisions;
    private final MessageSource messages;

    ListRows(ProgrammeCatalog programmes, Divisions divisions, MessageSource messages) {
        this.programmes = programmes;
        this.divisions = divisions;
        this.messages = messages;
    }

    List<Row> rows(PublishedList list, Locale locale) {
        ProgrammeDescriptor programme = programmes.get(list.programmeId());
        return list.entries().stream().map(e -> new Row(Integer.toString(e.position()), e.organisation(), e.creditCode(),
                nullToEmpty(e.subject()), divisions.nameOf(e.cityCode()), tierName(programme, e.tier(), locale),
                list.recommendation() ? ministryOutcome(e, locale) : nullToEmpty(e.certificateNumber()))).toList();
    }

    String programmeName(PublishedList list, Locale locale) {
        return programmeName(list.programmeId(), locale);
    }

    String programmeName(String programmeId, Locale locale) {
        return programmes.get(programmeId).name(locale);
    }

    String cityName(String cityCode) {
        return divisions.nameOf(cityCode);
    }

    String tierName(String programmeId, String tier, Locale locale) {
        return tierName(programmes.get(programmeId), tier, locale);
    }

    /** The cities of the provinces served, for the search's city choice. */
    List<Division> cities() {
        return divisions.provinces().stream().flatMap(p -> divisions.citiesOf(p.code()).stream()).toList();
    }

    /** "2085年度山东名牌产品名单" and its like. */
    String heading(PublishedList list, Locale locale) {
        return text(list.recommendation() ? "publication.heading.recommendation" : "publication.heading.list", locale,
                String.valueOf(list.year()), programmeName(list, locale));
    }

    /** "鲁政字〔2026〕12号 · 2026-11-30". */
    String decision(PublishedList list, Locale locale) {
        return text("publication.decisionLine", locale, list.decisionNumber(), DATE.format(list.decisionDate()));
    }

    String subjectHeader(PublishedList list, Locale locale) {
        return text("publication.subject", locale);
    }

    String outcomeHeader(PublishedList list, Locale locale) {
        return text(list.recommendation() ? "publication.ministryOutcome" : "publication.certificateNumber", locale);
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private String ministryOutcome(PublishedList.Entry entry, Locale locale) {
        if (entry.ministryRecognised() == null) {
            return text("publication.ministry.pending", locale);
        }
        return text(entry.ministryRecognised() ? "publication.ministry.recognised" : "publication.ministry.notRecognised", locale,
                DATE.format(entry.ministryDecidedOn()));
    }

    private static String tierName(ProgrammeDescriptor programme, String tier, Locale locale) {
        return tier == null ? "" : programme.tiers().stream().filter(t -> t.id().equals(tier)).findFirst()
                .map(t -> t.name(locale)).orElse(tier);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
