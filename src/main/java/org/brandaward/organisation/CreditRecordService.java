package org.brandaward.organisation;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.shared.TabularFile;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Credit records (blacklist / serious dishonesty) and the veto they put on applications. */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class CreditRecordService {

    static final String AUDIT_TYPE = "CREDIT_RECORD";
    /** The credit platform's export: one header line, then one entry per line (CSV in UTF-8, or XLSX). */
    static final String IMPORT_HEADER = "credit_code,organisation_name,kind,source,listed_on,ends_on,reason";
    private static final int IMPORT_COLUMNS = IMPORT_HEADER.split(",").length;

    private final CreditRecordRepository records;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CreditRecordService(CreditRecordRepository records, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public CreditRecord record(CreditRecordForm form) {
        String problem = problem(form);
        if (problem != null) {
            throw new RuleViolationException(problem);
        }
        Key key = Key.of(form);
        if (records.existsByCreditCodeAndSourceAndListedOn(key.creditCode(), key.source(), key.listedOn())) {
            throw new RuleViolationException("credit.alreadyRecorded", key.creditCode(), key.source(), key.listedOn().toString());
        }
        return save(form);
    }

    /**
     * Imports the credit platform's export, CSV or XLSX with the columns of {@link #IMPORT_HEADER}: every line is
     * checked first, and one bad line refuses the whole file, naming the line, so nothing is half-imported. An entry
     * is recorded once per credit code, source and listing date: a line already recorded (or repeated in the file) is
     * skipped and reported, so importing the same file again stores nothing and opens no title review.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public ImportResult importFile(String fileName, byte[] content) {
        List<String[]> rows = TabularFile.rows(fileName, content);
        if (rows.isEmpty() || !String.join(",", rows.get(0)).equals(IMPORT_HEADER)) {
            throw new RuleViolationException("credit.import.header", IMPORT_HEADER);
        }
        Map<Integer, CreditRecordForm> forms = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] cells = rows.get(i);
            if (Arrays.stream(cells).allMatch(String::isBlank)) {
                continue;
            }
            int line = i + 1;
            CreditRecordForm form = parse(cells, line);
            String problem = problem(form);
            if (problem != null) {
                throw new RuleViolationException("credit.import.line", line, new DefaultMessageSourceResolvable(problem));
            }
            forms.put(line, form);
        }
        List<String> codes = forms.values().stream().map(f -> CreditCode.normalise(f.getCreditCode())).distinct().toList();
        Set<Key> recorded = codes.isEmpty() ? new HashSet<>()
                : records.findByCreditCodeIn(codes).stream().map(Key::of).collect(Collectors.toCollection(HashSet::new));
        List<Integer> alreadyRecorded = new ArrayList<>();
        List<CreditRecordForm> fresh = new ArrayList<>();
        forms.forEach((line, form) -> {
            if (recorded.add(Key.of(form))) {
                fresh.add(form);
            } else {
                alreadyRecorded.add(line);
            }
        });
        fresh.forEach(this::save);
        return new ImportResult(fresh.size(), List.copyOf(alreadyRecorded));
    }

    /** What an import stored, and the lines it skipped because their entry was already recorded. */
    public record ImportResult(int imported, List<Integer> alreadyRecordedLines) {
    }

    /** What makes an entry the same entry: the platform lists an organisation once per source and day. */
    private record Key(String creditCode, String source, LocalDate listedOn) {

        static Key of(CreditRecord record) {
            return new Key(record.getCreditCode(), record.getSource(), record.getListedOn());
        }

        static Key of(CreditRecordForm form) {
            return new Key(CreditCode.normalise(form.getCreditCode()), form.getSource().strip(), form.getListedOn());
        }
    }

    /** The entry that vetoes applications by {@code creditCode} today, if any. */
    public Optional<CreditRecord> activeVeto(String creditCode) {
        LocalDate today = LocalDate.now(clock);
        return records.findByCreditCode(creditCode).stream().filter(r -> r.isActiveOn(today)).findFirst();
    }

    @PreAuthorize("hasRole('OFFICE')")
    public Optional<CreditRecord> get(long creditRecordId) {
        return records.findById(creditRecordId);
    }

    @PreAuthorize("hasAnyRole('OFFICE', 'ADMIN')")
    public List<CreditRecord> all() {
        return records.findAllByOrderByListedOnDesc();
    }

    private CreditRecord save(CreditRecordForm form) {
        CreditRecord record = records.save(new CreditRecord(form, CurrentUser.requireUsername(), clock.instant()));
        audit.record(AUDIT_TYPE, record.getId(), "LISTED", null, record.getKind(),
                record.getCreditCode() + " " + record.getSource() + ": " + record.getReason());
        events.publishEvent(new CreditRecordListed(record.getId(), record.getCreditCode()));
        return record;
    }

    /** The message key of the first rule the entry breaks, or null. */
    private static String problem(CreditRecordForm form) {
        CreditCode.Check check = CreditCode.check(CreditCode.normalise(form.getCreditCode()));
        if (check != CreditCode.Check.VALID) {
            return check.messageKey();
        }
        if (blank(form.getOrganisationName()) || blank(form.getSource()) || blank(form.getReason())
                || form.getKind() == null || form.getListedOn() == null) {
            return "credit.incomplete";
        }
        if (form.getEndsOn() != null && form.getEndsOn().isBefore(form.getListedOn())) {
            return "credit.endsBeforeListed";
        }
        return null;
    }

    private static CreditRecordForm parse(String[] cells, int lineNumber) {
        if (cells.length != IMPORT_COLUMNS) {
            throw new RuleViolationException("credit.import.columns", lineNumber, IMPORT_COLUMNS);
        }
        var form = new CreditRecordForm();
        form.setCreditCode(cells[0].strip());
        form.setOrganisationName(cells[1].strip());
        try {
            form.setKind(CreditRecord.Kind.valueOf(cells[2].strip()));
            form.setListedOn(LocalDate.parse(cells[4].strip()));
            form.setEndsOn(cells[5].isBlank() ? null : LocalDate.parse(cells[5].strip()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new RuleViolationException("credit.import.value", lineNumber);
        }
        form.setSource(cells[3].strip());
        form.setReason(cells[6].strip());
        return form;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
