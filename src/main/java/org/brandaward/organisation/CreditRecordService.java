package org.brandaward.organisation;

import org.brandaward.RuleViolationException;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Credit records (blacklist / serious dishonesty) and the veto they put on applications. */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class CreditRecordService {

    static final String AUDIT_TYPE = "CREDIT_RECORD";
    /** The credit platform's export: one header line, then one entry per line, UTF-8. */
    static final String CSV_HEADER = "credit_code,organisation_name,kind,source,listed_on,ends_on,reason";

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
        return save(form);
    }

    /**
     * Imports the credit platform's CSV: every line is checked first, and one bad line refuses the whole file,
     * naming the line, so nothing is half-imported.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public int importCsv(InputStream csv) {
        List<CreditRecordForm> forms = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().equals(CSV_HEADER)) {
                throw new RuleViolationException("credit.import.header", CSV_HEADER);
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                CreditRecordForm form = parse(line, lineNumber);
                String problem = problem(form);
                if (problem != null) {
                    throw new RuleViolationException("credit.import.line", lineNumber, new DefaultMessageSourceResolvable(problem));
                }
                forms.add(form);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        forms.forEach(this::save);
        return forms.size();
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

    private static CreditRecordForm parse(String line, int lineNumber) {
        String[] cells = line.split(",", -1);
        if (cells.length != 7) {
            throw new RuleViolationException("credit.import.columns", lineNumber, 7);
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
