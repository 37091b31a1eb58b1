package org.brandaward.application;

import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.brandaward.application.FieldType.LONG_TEXT;
import static org.brandaward.application.FieldType.TEXT;
import static org.brandaward.application.FieldType.WHOLE_NUMBER;
import static org.brandaward.application.FieldType.YEAR;
import static org.brandaward.application.FieldType.YES_NO;
import static org.brandaward.application.FormField.optional;
import static org.brandaward.application.FormField.required;

/**
 * The fields of each form section a programme descriptor can name, and the rules a submission must meet. The
 * declarations (是 / 否) are the facts of the eligibility tables; the figures are those of the years before the round.
 */
public final class FormSections {

    /** The subject of a brand application: what is recognised, under which registered trademark. */
    private static final List<FormField> SUBJECT = List.of(
            required("productName", TEXT), required("productSinceYear", YEAR), required("trademark", TEXT),
            required("trademarkRegistrationNo", TEXT), required("trademarkDisputed", YES_NO));

    private static final Map<FormSection, List<FormField>> FIELDS = new EnumMap<>(Map.of(
            FormSection.ORGANISATION_PROFILE, List.of(
                    required("foundedYear", YEAR), required("registeredInProvince", YES_NO), required("domesticControl", YES_NO),
                    required("majorAccidentLast3Years", YES_NO), required("financialViolationLast3Years", YES_NO),
                    optional("employees", WHOLE_NUMBER), optional("profile", LONG_TEXT)),
            FormSection.PRODUCT, SUBJECT,
            FormSection.SERVICE, SUBJECT,
            FormSection.CERTIFICATIONS, List.of(optional("certifications", LONG_TEXT), optional("standards", LONG_TEXT)),
            FormSection.SPOT_CHECKS, List.of(required("spotChecksPassedLast3Years", YES_NO), optional("spotCheckHistory", LONG_TEXT)),
            FormSection.SELF_ASSESSMENT, List.of(
                    required("leadership", LONG_TEXT), required("strategy", LONG_TEXT), required("customersAndMarket", LONG_TEXT),
                    required("resources", LONG_TEXT), required("processManagement", LONG_TEXT),
                    required("measurementAndAnalysis", LONG_TEXT), required("results", LONG_TEXT)),
            FormSection.PERSONAL_RECORD, List.of(
                    required("personName", TEXT), optional("personPosition", TEXT), required("yearsOfQualityWork", WHOLE_NUMBER),
                    required("achievements", LONG_TEXT)),
            FormSection.HERITAGE, List.of(
                    required("productName", TEXT), required("brandFoundedYear", YEAR), required("foundingProof", LONG_TEXT),
                    required("mainBusinessSinceYear", YEAR), required("inheritedCraft", LONG_TEXT), required("lineage", LONG_TEXT),
                    required("culturalEvidence", LONG_TEXT), required("trademark", TEXT),
                    required("trademarkRegistrationNo", TEXT), required("trademarkDisputed", YES_NO))));

    private FormSections() {
    }

    /**
     * The sections of a programme's form for one kind of applicant, in the descriptor's order: an organisation skips
     * the personal record, an individual the self-assessment of the organisation.
     */
    public static List<FormSection> of(ProgrammeDescriptor programme, ApplicantKind kind) {
        FormSection notForThem = kind == ApplicantKind.INDIVIDUAL ? FormSection.SELF_ASSESSMENT : FormSection.PERSONAL_RECORD;
        return programme.formSections().stream().filter(s -> s != notForThem).toList();
    }

    /**
     * The sections the applicant's form shows: a re-evaluation (复评) shows the lighter sections its descriptor names
     * ({@code reevaluationFormSections}); the answers of the others were copied from the title's application.
     */
    public static List<FormSection> shown(ProgrammeDescriptor programme, Application application) {
        List<FormSection> all = of(programme, application.getApplicantKind());
        List<FormSection> lighter = programme.reevaluationFormSections();
        if (!application.isReevaluation() || lighter == null || lighter.isEmpty()) {
            return all;
        }
        return all.stream().filter(lighter::contains).toList();
    }

    /** The sections a reviewer can reopen for a supplement (补正): all but the pledge, which is always signed afresh. */
    public static List<FormSection> reopenable(ProgrammeDescriptor programme, ApplicantKind kind) {
        return of(programme, kind).stream().filter(s -> s != FormSection.PLEDGE).toList();
    }

    /** The typed fields of a section; the figures, attachments and pledge have their own form parts. */
    public static List<FormField> fieldsOf(FormSection section) {
        return FIELDS.getOrDefault(section, List.of());
    }

    /** Every field of the programme's form for one kind of applicant, once, in the order of its sections. */
    public static List<FormField> fieldsOf(ProgrammeDescriptor programme, ApplicantKind kind) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        of(programme, kind).forEach(section -> fieldsOf(section).forEach(f -> fields.putIfAbsent(f.name(), f)));
        return List.copyOf(fields.values());
    }

    /** The years whose figures the form asks for: the {@code figureYears} before the round's year, oldest first. */
    public static List<Integer> figureYears(ProgrammeDescriptor programme, int roundYear) {
        if (!programme.formSections().contains(FormSection.FIGURES)) {
            return List.of();
        }
        return IntStream.range(roundYear - programme.figureYears(), roundYear).boxed().toList();
    }

    /** What keeps {@code form} from being submitted, each with the field and the rule's message key. */
    static List<FieldViolation> violations(ProgrammeDescriptor programme, ApplicantKind kind, int roundYear, ApplicationForm form) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FormField field : fieldsOf(programme, kind)) {
            check(field, form.get(field.name()), roundYear).ifPresent(key -> violations.add(new FieldViolation(field.name(), key)));
        }
        for (int year : figureYears(programme, roundYear)) {
            Figure figure = form.figureOf(year);
            for (FigureColumn column : FigureColumn.values()) {
                BigDecimal value = figure == null ? null : column.of(figure);
                checkFigure(column, value).ifPresent(key -> violations.add(new FieldViolation(figureField(year, column.key()), key)));
            }
        }
        return violations;
    }

    /** The name a figure's violation carries: {@code figures.<year>.<column>}. */
    public static String figureField(int year, String column) {
        return "figures." + year + "." + column;
    }

    private static Optional<String> check(FormField field, Object value, int roundYear) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return field.required() ? Optional.of("validation.required") : Optional.empty();
        }
        String key = switch (field.type()) {
            case TEXT -> value.toString().strip().length() > ApplicationForm.TEXT_MAX ? "validation.tooLong" : null;
            case LONG_TEXT -> value.toString().strip().length() > ApplicationForm.LONG_TEXT_MAX ? "validation.tooLong" : null;
            case YEAR -> ((Number) value).intValue() < ApplicationForm.YEAR_MIN || ((Number) value).intValue() > roundYear ? "validation.year" : null;
            case WHOLE_NUMBER -> ((Number) value).longValue() < 0 ? "validation.notNegative" : null;
            case YES_NO -> null;
        };
        return Optional.ofNullable(key);
    }

    /**
     * What a draft may not hold either, though it may be incomplete: what would not fit its column or is out of range
     * for good. The rest of {@link #violations} waits for the submission.
     */
    static final Set<String> REFUSED_IN_DRAFTS = Set.of("validation.tooLong", "validation.percent", "input.amountTooLarge");
    /** The columns hold 16 digits before the decimal point (numeric(18, 2)): 10 000 trillion yuan is out of reach. */
    static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(16);

    /** Amounts are required, and only profit may be negative; the market share is optional, in per cent. */
    private static Optional<String> checkFigure(FigureColumn column, BigDecimal value) {
        if (column == FigureColumn.MARKET_SHARE) {
            boolean outside = value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0);
            return outside ? Optional.of("validation.percent") : Optional.empty();
        }
        if (value == null) {
            return Optional.of("validation.required");
        }
        if (value.abs().compareTo(AMOUNT_LIMIT) >= 0) {
            return Optional.of("input.amountTooLarge");
        }
        return column != FigureColumn.PROFIT && value.signum() < 0 ? Optional.of("validation.notNegative") : Optional.empty();
    }
}
