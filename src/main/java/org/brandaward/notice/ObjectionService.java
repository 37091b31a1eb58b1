package org.brandaward.notice;

import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.AttachmentService;
import org.brandaward.application.AttachmentType;
import org.brandaward.application.SafeContent;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.workflow.BusinessCalendar;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 异议 — the public files an objection against a candidate while its notice is open, in its own name (anonymous
 * objections are refused); the office investigates, may ask the applicant to respond by a deadline in working days,
 * and upholds (the candidate leaves the list) or dismisses it with a reason the objector reads through the secret
 * link. Deciding the last undecided objection of a notice tells its process, which waits for that after the period.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class ObjectionService {

    static final String AUDIT_TYPE = "OBJECTION";
    /** The message the notice's process waits for once its period is over and objections are still undecided. */
    public static final String OBJECTIONS_SETTLED = "ObjectionsSettled";
    static final int MAX_FILES = 5;
    static final int MAX_RESPONSE_WORKING_DAYS = 30;
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** Names that name nobody. */
    private static final Set<String> ANONYMOUS = Set.of("匿名", "无名", "无名氏", "anonymous", "anon", "n/a", "none", "-");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ObjectionRepository objections;
    private final ObjectionEvidenceRepository evidence;
    private final NoticeCandidateRepository candidates;
    private final NoticeRepository notices;
    private final ApplicationService applications;
    private final OrganisationService organisations;
    private final BusinessCalendar calendar;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;
    private final DataSize maxFileSize;
    private final ApplicationEventPublisher events;

    ObjectionService(ObjectionRepository objections, ObjectionEvidenceRepository evidence, NoticeCandidateRepository candidates,
                     NoticeRepository notices, ApplicationService applications, OrganisationService organisations,
                     BusinessCalendar calendar, RuntimeService runtime, AuditLog audit, Clock clock,
                     @Value("${brand-award.attachments.max-size}") DataSize maxFileSize, ApplicationEventPublisher events) {
        this.events = events;
        this.objections = objections;
        this.evidence = evidence;
        this.candidates = candidates;
        this.notices = notices;
        this.applications = applications;
        this.organisations = organisations;
        this.calendar = calendar;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
        this.maxFileSize = maxFileSize;
    }

    /**
     * Files an objection against a candidate of an open notice of round {@code roundId}: all or nothing. Answers the
     * reference and the secret key, which is shown this once and kept only as its hash.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Filed file(long roundId, ObjectionForm form, List<EvidenceFile> files) {
        String name = form.getObjectorName() == null ? "" : form.getObjectorName().strip();
        if (name.isEmpty() || ANONYMOUS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new RuleViolationException("objection.anonymous");
        }
        if (name.length() > Objection.NAME_MAX) {
            throw new RuleViolationException("objection.nameTooLong", Objection.NAME_MAX);
        }
        if (form.getIdType() == null || form.getIdNumber() == null || form.getIdNumber().isBlank()) {
            throw new RuleViolationException("objection.idRequired");
        }
        LocalDate today = LocalDate.now(clock);
        String idNumber = IdentityNumbers.normalised(form.getIdType(), form.getIdNumber(), today)
                .orElseThrow(() -> new RuleViolationException("objection.idInvalid." + form.getIdType()));
        String contact = form.getContact() == null ? "" : form.getContact().strip();
        if (contact.isEmpty()) {
            throw new RuleViolationException("objection.contactRequired");
        }
        if (contact.length() > Objection.CONTACT_MAX || !(MOBILE.matcher(contact).matches()
                || LANDLINE.matcher(contact).matches() || EMAIL.matcher(contact).matches())) {
            throw new RuleViolationException("objection.contactInvalid");
        }
        String grounds = requiredText(form.getGrounds(), "objection.groundsRequired", "objection.groundsTooLong");
        if (form.getCandidateId() == null) {
            throw new RuleViolationException("objection.candidateRequired");
        }
        NoticeCandidate candidate = candidates.findById(form.getCandidateId())
                .orElseThrow(() -> new RuleViolationException("objection.candidateRequired"));
        Notice notice = lockNotice(candidate.getNoticeId());
        if (notice.getRoundId() != roundId || candidate.isRemoved()) {
            throw new RuleViolationException("objection.candidateRequired");
        }
        if (!notice.acceptsObjectionsOn(today)) {
            throw new RuleViolationException("objection.noticeClosed");
        }
        // A second click or a second tab sends the same objection again; the notice's lock makes the two take turns.
        if (objections.existsByCandidateIdAndIdTypeAndIdNumberAndGroundsAndStatusIn(candidate.getId(), form.getIdType(), idNumber,
                grounds, NoticeService.UNDECIDED)) {
            throw new RuleViolationException("objection.duplicate");
        }
        if (files.size() > MAX_FILES) {
            throw new RuleViolationException("objection.tooManyFiles", MAX_FILES);
        }
        List<CheckedFile> checked = files.stream().map(this::checked).toList();

        String reference = "YY-%d-%05d".formatted(today.getYear(), objections.nextReferenceNumber());
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        String keyText = HexFormat.of().formatHex(key);
        Objection objection = objections.save(new Objection(reference, sha256(keyText.getBytes(StandardCharsets.US_ASCII)),
                notice.getId(), candidate.getId(), name, form.getIdType(), idNumber, contact, grounds, clock.instant()));
        checked.forEach(f -> evidence.save(new ObjectionEvidence(objection.getId(), f.name(), f.type().mediaType(), f.content(), f.sha256())));
        // The objector's identity stays out of the trail: the reference and the candidate say which objection it is.
        audit.record(AUDIT_TYPE, objection.getId(), "FILED", null, Objection.Status.OPEN, reference + " against application "
                + candidate.getApplicationId() + " on notice " + notice.getId() + ", " + checked.size() + " evidence files");
        return new Filed(reference, keyText);
    }

    /**
     * What the objector may read with its reference and key: the status and the office's answer. Empty for a wrong
     * reference or key alike, so the link reveals nothing to whoever guesses.
     */
    @PreAuthorize("permitAll()")
    public Optional<Status> status(String reference, String key) {
        if (reference == null || key == null) {
            return Optional.empty();
        }
        return objections.findByReference(reference.strip())
                .filter(o -> MessageDigest.isEqual(o.getKeyHash().getBytes(StandardCharsets.US_ASCII),
                        sha256(key.strip().getBytes(StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII)))
                .map(o -> {
                    NoticeCandidate candidate = candidates.findById(o.getCandidateId()).orElseThrow();
                    return new Status(o.getReference(), o.getStatus(), LocalDate.ofInstant(o.getSubmittedAt(), org.brandaward.shared.ClockConfiguration.ZONE),
                            candidate.getOrganisationName(), candidate.getSubject(), o.getStatus().isDecided() ? o.getDecisionReason() : null);
                });
    }

    /** Every objection, the undecided first, for the office to handle. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<Handled> all() {
        return objections.findAllByOrderBySubmittedAtDesc().stream()
                .sorted((a, b) -> Boolean.compare(a.getStatus().isDecided(), b.getStatus().isDecided()))
                .map(o -> new Handled(o, candidates.findById(o.getCandidateId()).orElseThrow(), evidence.findByObjectionIdOrderById(o.getId())))
                .toList();
    }

    /** The bytes of an evidence file, for the office. */
    @PreAuthorize("hasRole('OFFICE')")
    public byte[] evidenceContent(long evidenceId) {
        return evidence.findById(evidenceId).orElseThrow(() -> new RuleViolationException("objection.notFound")).getContent();
    }

    /** The office asks the applicant to respond to the grounds within {@code workingDays} working days from today. */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public Objection requestResponse(long objectionId, int workingDays) {
        Objection objection = undecided(objectionId);
        if (workingDays < 1 || workingDays > MAX_RESPONSE_WORKING_DAYS) {
            throw new RuleViolationException("objection.responseDays", MAX_RESPONSE_WORKING_DAYS);
        }
        LocalDate due = calendar.addWorkingDays(LocalDate.now(clock), workingDays);
        Objection.Status before = objection.getStatus();
        objection.askForResponse(due);
        long applicationId = candidates.findById(objection.getCandidateId()).orElseThrow().getApplicationId();
        audit.record(AUDIT_TYPE, objectionId, "RESPONSE_REQUESTED", before, objection.getStatus(), "due " + due);
        audit.record(ApplicationService.AUDIT_TYPE, applicationId, "OBJECTION_RESPONSE_REQUESTED", null, null, "due " + due);
        return objection;
    }

    /** The objections the signed-in applicant's organisation is asked to respond to: the grounds and the deadline only. */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<ToAnswer> toAnswer() {
        long organisationId = organisations.currentOrganisationId();
        return objections.findByStatusInOrderBySubmittedAt(Set.of(Objection.Status.AWAITING_RESPONSE)).stream()
                .map(o -> new Object[] {o, candidates.findById(o.getCandidateId()).orElseThrow()})
                .filter(pair -> applications.byIdUnchecked(((NoticeCandidate) pair[1]).getApplicationId()).getOrganisationId() == organisationId)
                .map(pair -> {
                    Objection o = (Objection) pair[0];
                    NoticeCandidate c = (NoticeCandidate) pair[1];
                    return new ToAnswer(o.getId(), c.getApplicationId(), c.getSubject(), o.getGrounds(), o.getResponseDue());
                })
                .toList();
    }

    /** The applicant answers the grounds of an objection against its own application, by the deadline. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Objection respond(long objectionId, String text) {
        Objection objection = objections.findById(objectionId).orElseThrow(() -> new RuleViolationException("objection.notFound"));
        long applicationId = candidates.findById(objection.getCandidateId()).orElseThrow().getApplicationId();
        Application application = applications.get(applicationId); // refuses another organisation's applicant
        if (objection.getStatus() != Objection.Status.AWAITING_RESPONSE) {
            throw new RuleViolationException("objection.noResponseAsked");
        }
        if (LocalDate.now(clock).isAfter(objection.getResponseDue())) {
            throw new RuleViolationException("objection.responseOverdue", objection.getResponseDue().toString());
        }
        String answer = requiredText(text, "objection.responseRequired", "objection.responseTooLong");
        objection.answer(answer, clock.instant());
        audit.record(AUDIT_TYPE, objectionId, "RESPONDED", Objection.Status.AWAITING_RESPONSE, objection.getStatus(), null);
        audit.record(ApplicationService.AUDIT_TYPE, application.getId(), "OBJECTION_RESPONDED", null, null, null);
        return objection;
    }

    /** Upholds the objection: the candidate leaves the notice's list. {@code reason} is what the objector reads. */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public Objection uphold(long objectionId, String reason) {
        return decide(objectionId, true, reason);
    }

    /** Dismisses the objection; the candidate stays. {@code reason} is what the objector reads. */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public Objection dismiss(long objectionId, String reason) {
        return decide(objectionId, false, reason);
    }

    private Objection decide(long objectionId, boolean upheld, String reason) {
        String text = requiredText(reason, "objection.reasonRequired", "objection.reasonTooLong");
        Objection found = objections.findById(objectionId).orElseThrow(() -> new RuleViolationException("objection.notFound"));
        Notice notice = lockNotice(found.getNoticeId());
        Objection objection = undecided(objectionId);
        Objection.Status before = objection.getStatus();
        objection.decide(upheld, text, CurrentUser.requireUsername(), clock.instant());
        NoticeCandidate candidate = candidates.findById(objection.getCandidateId()).orElseThrow();
        if (upheld) {
            candidate.remove();
        }
        audit.record(AUDIT_TYPE, objectionId, upheld ? "UPHELD" : "DISMISSED", before, objection.getStatus(), text);
        audit.record(ApplicationService.AUDIT_TYPE, candidate.getApplicationId(),
                upheld ? "NOTICE_OBJECTION_UPHELD" : "NOTICE_OBJECTION_DISMISSED", null, null, text);
        events.publishEvent(new ObjectionDecided(objectionId, objection.getReference(), upheld, text,
                Optional.of(objection.getContact()).filter(contact -> EMAIL.matcher(contact).matches())));
        objections.flush();
        if (objections.countByNoticeIdAndStatusIn(notice.getId(), NoticeService.UNDECIDED) == 0) {
            // Waits only once the period is over; before that nothing listens and the timer's check finds none open.
            runtime.createMessageCorrelation(OBJECTIONS_SETTLED).processInstanceId(notice.getProcessInstanceId()).correlateAll();
        }
        return objection;
    }

    /** The notice's row lock: filing, deciding and the process's check take it, so none misses another's change. */
    private Notice lockNotice(long noticeId) {
        return notices.findForUpdate(noticeId).orElseThrow(() -> new RuleViolationException("notice.notFound"));
    }

    private Objection undecided(long objectionId) {
        Objection objection = objections.findById(objectionId).orElseThrow(() -> new RuleViolationException("objection.notFound"));
        if (objection.getStatus().isDecided()) {
            throw new RuleViolationException("objection.decided");
        }
        return objection;
    }

    private CheckedFile checked(EvidenceFile file) {
        String name = AttachmentService.sanitisedName(file.name());
        byte[] content = file.content();
        if (content == null || content.length == 0) {
            throw new RuleViolationException("attachment.empty", name);
        }
        if (content.length > maxFileSize.toBytes()) {
            throw new RuleViolationException("attachment.tooLarge", name, maxFileSize.toMegabytes());
        }
        AttachmentType type = AttachmentType.detect(content).orElseThrow(() -> new RuleViolationException("attachment.wrongType", name));
        if (!type.matchesName(name)) {
            throw new RuleViolationException("attachment.nameMismatch", name, type.name());
        }
        SafeContent.check(name, type, content);
        return new CheckedFile(name, type, content, sha256(content));
    }

    private static String requiredText(String text, String requiredKey, String tooLongKey) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(requiredKey);
        }
        String stripped = text.strip();
        if (stripped.length() > Objection.TEXT_MAX) {
            throw new RuleViolationException(tooLongKey, Objection.TEXT_MAX, stripped.length());
        }
        return stripped;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record CheckedFile(String name, AttachmentType type, byte[] content, String sha256) {
    }

    /** A file the objector uploads. */
    public record EvidenceFile(String name, byte[] content) {
    }

    /** The reference and the secret key of a filed objection, for the objector's link. */
    public record Filed(String reference, String key) {
    }

    /** What the objector reads through its link. */
    public record Status(String reference, Objection.Status status, LocalDate submittedOn, String organisationName,
                         String subject, String answer) {
    }

    /** An objection for the office, with its candidate and evidence. */
    public record Handled(Objection objection, NoticeCandidate candidate, List<ObjectionEvidence> evidence) {
    }

    /** An objection the applicant is asked to answer: the grounds, never who objected. */
    public record ToAnswer(long objectionId, long applicationId, String subject, String grounds, LocalDate due) {
    }
}
