package org.brandaward.review;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.shared.TabularFile;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.CreditCode;
import org.brandaward.organisation.Divisions;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.Roles;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 专家库 — the office keeps the pool of experts by hand or by importing a table (CSV or XLSX) where one bad line
 * refuses the whole file. Every change is audited.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class ExpertPoolService {

    static final String AUDIT_TYPE = "EXPERT";
    static final String IMPORT_HEADER = "name,city,employer,employer_credit_code,title,fields,industries,related_credit_codes,username";
    private static final int IMPORT_COLUMNS = IMPORT_HEADER.split(",").length;

    private final ExpertRepository experts;
    private final UserAccountService accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final Divisions divisions;

    ExpertPoolService(ExpertRepository experts, UserAccountService accounts, AuditLog audit, Clock clock, Divisions divisions) {
        this.divisions = divisions;
        this.experts = experts;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds an entry ({@code expertId} null) or changes one; refused, with the rule named, when the form breaks one. */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public Expert save(Long expertId, ExpertForm form) {
        String problem = problem(form, expertId);
        if (problem != null) {
            throw new RuleViolationException(problem);
        }
        return store(expertId, form);
    }

    /** Imports a table with the columns of {@link #IMPORT_HEADER}; every line is checked before anything is stored. */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public int importFile(String fileName, byte[] content) {
        List<String[]> rows = TabularFile.rows(fileName, content);
        if (rows.isEmpty() || !String.join(",", rows.get(0)).equals(IMPORT_HEADER)) {
            throw new RuleViolationException("expert.import.header", IMPORT_HEADER);
        }
        List<ExpertForm> forms = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] cells = rows.get(i);
            if (Arrays.stream(cells).allMatch(String::isBlank)) {
                continue;
            }
            int line = i + 1;
            ExpertForm form = parse(cells, line);
            String problem = problem(form, null);
            if (problem == null && form.getUsername() != null && !form.getUsername().isBlank() && !usernames.add(form.getUsername().strip())) {
                problem = "expert.accountTaken";
            }
            if (problem != null) {
                throw new RuleViolationException("import.line", line, new DefaultMessageSourceResolvable(problem));
            }
            forms.add(form);
        }
        forms.forEach(form -> store(null, form));
        return forms.size();
    }

    @PreAuthorize("hasAnyRole('OFFICE', 'ADMIN')")
    public List<Expert> all() {
        return experts.findAllByOrderByCityCodeAscNameAsc();
    }

    @PreAuthorize("hasRole('OFFICE')")
    public ExpertForm formOf(long expertId) {
        return get(expertId).toForm();
    }

    /** The pool entry of an expert account, if it has one. */
    @PreAuthorize("hasAnyRole('OFFICE', 'ADMIN') or hasAuthority('ENGINE') or hasRole('EXPERT') and #username == authentication.name")
    public Optional<Expert> ofAccount(String username) {
        return experts.findByUsername(username);
    }

    /** Adds a demo entry at startup, with no one signed in; the form is the demo's own and breaks no rule. */
    @Transactional
    void addDemoEntry(ExpertForm form) {
        store(null, form);
    }

    Expert get(long expertId) {
        return experts.findById(expertId).orElseThrow(() -> new RuleViolationException("expert.notFound"));
    }

    private Expert store(Long expertId, ExpertForm form) {
        Expert expert = expertId == null ? new Expert(clock.instant()) : get(expertId);
        if (expertId != null && form.getVersion() != null && form.getVersion() != expert.getVersion()) {
            // Another office user saved this entry since the form was loaded: theirs stays, this one reloads.
            throw new ObjectOptimisticLockingFailureException(Expert.class, expertId);
        }
        String employerCode = blank(form.getEmployerCreditCode()) ? null : CreditCode.normalise(form.getEmployerCreditCode());
        expert.update(form, employerCode, relatedCodes(form).stream().map(CreditCode::normalise).collect(Collectors.toSet()));
        Expert saved = experts.save(expert);
        audit.record(AUDIT_TYPE, saved.getId(), expertId == null ? "CREATED" : "UPDATED", null, null,
                saved.getName() + " " + saved.getEmployer() + " " + saved.getFields());
        return saved;
    }

    /** The message key of the first rule the form breaks, or null. */
    private String problem(ExpertForm form, Long expertId) {
        if (blank(form.getName()) || blank(form.getCityCode()) || blank(form.getEmployer())) {
            return "expert.incomplete";
        }
        if (!divisions.isCity(form.getCityCode().strip())) {
            return "expert.cityUnknown";
        }
        if (form.getName().strip().length() > ExpertForm.TEXT_MAX || form.getEmployer().strip().length() > ExpertForm.EMPLOYER_MAX
                || form.getTitle() != null && form.getTitle().strip().length() > ExpertForm.TEXT_MAX
                || form.getIndustries() != null && form.getIndustries().strip().length() > ExpertForm.INDUSTRIES_MAX) {
            return "validation.tooLong";
        }
        if (form.getFields().isEmpty()) {
            return "expert.fieldsRequired";
        }
        if (!blank(form.getEmployerCreditCode()) && CreditCode.check(CreditCode.normalise(form.getEmployerCreditCode())) != CreditCode.Check.VALID) {
            return "expert.employerCode";
        }
        if (relatedCodes(form).stream().anyMatch(code -> CreditCode.check(CreditCode.normalise(code)) != CreditCode.Check.VALID)) {
            return "expert.relationCode";
        }
        if (!blank(form.getUsername())) {
            String username = form.getUsername().strip();
            if (!accounts.roleOf(username).map(Roles.EXPERT::equals).orElse(false)) {
                return "expert.accountNotExpert";
            }
            if (experts.findByUsername(username).filter(other -> !Objects.equals(other.getId(), expertId)).isPresent()) {
                return "expert.accountTaken";
            }
        }
        return null;
    }

    private static List<String> relatedCodes(ExpertForm form) {
        return form.getRelatedCreditCodes() == null ? List.of()
                : Arrays.stream(form.getRelatedCreditCodes().split("[\\s,;|]+")).filter(s -> !s.isBlank()).toList();
    }

    /** A line of the import; the city is given by its name ({@code 青岛市}) or its code ({@code 370200}). */
    private ExpertForm parse(String[] cells, int line) {
        if (cells.length != IMPORT_COLUMNS) {
            throw new RuleViolationException("import.columns", line, IMPORT_COLUMNS);
        }
        var form = new ExpertForm();
        form.setName(cells[0]);
        form.setCityCode(blank(cells[1]) ? null : divisions.cityByNameOrCode(cells[1]).orElse(cells[1].strip()));
        form.setEmployer(cells[2]);
        form.setEmployerCreditCode(cells[3]);
        form.setTitle(cells[4]);
        Set<Family> fields = EnumSet.noneOf(Family.class);
        try {
            Arrays.stream(cells[5].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).map(Family::valueOf).forEach(fields::add);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("import.line", line, new DefaultMessageSourceResolvable("expert.fieldUnknown"));
        }
        form.setFields(fields);
        form.setIndustries(cells[6]);
        form.setRelatedCreditCodes(cells[7]);
        form.setUsername(cells[8]);
        return form;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
