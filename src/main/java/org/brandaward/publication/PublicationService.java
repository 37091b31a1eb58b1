package org.brandaward.publication;

import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.audit.AuditLog;
import org.brandaward.certificate.CertificateBatches;
import org.brandaward.organisation.Organisation;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeCatalog;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 审定、发布 — the back half of a round: the office starts the round's decision process once expert review is over,
 * approves the final list with the issuing authority's document number and date, and the process publishes it: every
 * candidate's application hears its outcome ({@code RoundOutcome}) and reads it on its timeline, and the list becomes
 * public. For a programme that recommends upward (中华老字号) the office later records the ministry's outcome.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class PublicationService {

    public static final String PROCESS = "round-decision";
    public static final String APPROVE_TASK = "ApproveList";
    /** The message each candidate's process waits for at {@link #AWAIT_OUTCOME}, business key the application id. */
    public static final String OUTCOME_MESSAGE = "RoundOutcome";
    public static final String AWAIT_OUTCOME = "AwaitRoundOutcome";
    /** The called process of the expert review: an application whose review runs is still in expert review. */
    static final String EXPERT_REVIEW_PROCESS = "expert-panel-review";
    static final String AUDIT_TYPE = "ROUND_DECISION";
    public static final int DECISION_NUMBER_MAX = 60;
    /** numeric(12, 2): below ten thousand million yuan. */
    static final BigDecimal BONUS_LIMIT = new BigDecimal("10000000000");
    static final int PAGE_SIZE = 20;

    private final RoundDecisionRepository decisions;
    private final RoundDecisionEntryRepository entries;
    private final ApplicationService applications;
    private final OrganisationService organisations;
    private final RoundService rounds;
    private final ProgrammeCatalog programmes;
    private final CertificateBatches certificateBatches;
    private final WorkflowService workflow;
    private final AuditLog audit;
    private final Clock clock;

    PublicationService(RoundDecisionRepository decisions, RoundDecisionEntryRepository entries, ApplicationService applications,
                       OrganisationService organisations, RoundService rounds, ProgrammeCatalog programmes, CertificateBatches certificateBatches,
                       WorkflowService workflow, AuditLog audit, Clock clock) {
        this.decisions = decisions;
        this.entries = entries;
        this.applications = applications;
        this.organisations = organisations;
        this.rounds = rounds;
        this.programmes = programmes;
        this.certificateBatches = certificateBatches;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts the round's decision (committee, public notice, approval, publication), once per round, and only when no
     * application of the round is still in expert review and at least one finished it.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void startDecision(long roundId) {
        Round round = rounds.get(roundId);
        if (decisions.findByRoundId(roundId).isPresent()) {
            throw new RuleViolationException("publication.alreadyStarted");
        }
        List<Application> ofRound = applications.ofRound(roundId);
        long inReview = ofRound.stream().filter(this::stillInExpertReview).count();
        if (inReview > 0) {
            throw new RuleViolationException("publication.reviewNotClosed", inReview);
        }
        if (ofRound.stream().noneMatch(a -> a.getStatus().awaitsRoundDecision())) {
            throw new RuleViolationException("publication.noCandidates");
        }
        decisions.saveAndFlush(new RoundDecision(roundId, round.getProgrammeId(), round.getYear(), !rounds.programmeOf(round).certifies(),
                CurrentUser.requireUsername(), clock.instant()));
        audit.record(RoundService.AUDIT_TYPE, roundId, "DECISION_STARTED", null, null, round.getProgrammeId() + " " + round.getYear());
        workflow.startRoundProcess(PROCESS, roundId);
    }

    /** Whether the round's decision was started (the ranking page offers to start it until then). */
    @PreAuthorize("hasRole('OFFICE')")
    public boolean isStarted(long roundId) {
        return decisions.findByRoundId(roundId).isPresent();
    }

    /** The final list of an open approval task, as the office approves it. */
    @PreAuthorize("hasRole('OFFICE')")
    public FinalList finalList(String taskId) {
        InboxTask task = workflow.task(taskId);
        if (!APPROVE_TASK.equals(task.key())) {
            throw new RuleViolationException("task.notFound");
        }
        long roundId = workflow.longVariable(taskId, ProcessVariables.ROUND_ID);
        CandidateList list = CandidateList.parse(workflow.handOverVariable(taskId, ProcessVariables.CANDIDATE_IDS),
                workflow.handOverVariable(taskId, ProcessVariables.TIERS));
        Round round = rounds.get(roundId);
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        List<FinalList.Candidate> candidates = new ArrayList<>();
        for (long applicationId : list.applicationIds()) {
            Application application = applications.get(applicationId);
            if (application.getRoundId() != roundId || !application.getStatus().awaitsRoundDecision()) {
                throw new RuleViolationException("publication.notACandidate", applicationId);
            }
            Organisation organisation = organisations.byIdUnchecked(application.getOrganisationId());
            candidates.add(new FinalList.Candidate(applicationId, organisation.getName(), application.subject(),
                    organisation.getCityCode(), tierId(programme, list.tierOf(applicationId)),
                    application.getApplicantKind() == ApplicantKind.INDIVIDUAL));
        }
        return new FinalList(roundId, round.getProgrammeId(), round.getYear(), List.copyOf(candidates));
    }

    /**
     * 审定 — the office approves the final list for the issuing authority: the decision's document number and date
     * (not after today), and each individual's bonus. Stores the list with its entries in rank order, then completes
     * the task; the process goes on to publish it.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void approve(String taskId, ListApproval approval) {
        FinalList list = finalList(taskId);
        String number = decisionNumber(approval.decisionNumber());
        LocalDate date = decisionDate(approval.decisionDate());
        Map<Long, BigDecimal> bonuses = bonuses(list, approval.bonuses());
        RoundDecision decision = decisions.findByRoundId(list.roundId()).orElseThrow(() -> new RuleViolationException("publication.notStarted"));
        if (decision.isApproved()) {
            throw new RuleViolationException("publication.alreadyApproved");
        }
        int position = 1;
        for (FinalList.Candidate candidate : list.candidates()) {
            Organisation organisation = organisations.byIdUnchecked(applications.byIdUnchecked(candidate.applicationId()).getOrganisationId());
            entries.save(new RoundDecisionEntry(decision.getId(), position++, candidate.applicationId(), organisation.getName(),
                    organisation.getCreditCode(), candidate.subject(), organisation.getCityCode(), candidate.tier(),
                    bonuses.get(candidate.applicationId())));
        }
        decision.approve(number, date, CurrentUser.requireUsername(), clock.instant());
        audit.record(AUDIT_TYPE, decision.getId(), "APPROVED", null, number,
                "round " + list.roundId() + ", decided " + date + ", entries " + list.candidates().stream().map(FinalList.Candidate::applicationId).toList()
                        + (bonuses.isEmpty() ? "" : ", bonuses recorded for " + bonuses.size()));
        workflow.completeRoundTask(taskId, list.roundId(), Map.of());
    }

    /**
     * Publishes the approved list of the round (the process's PublishList step): every candidate of the round hears
     * its outcome — listed or not — and reads it on its timeline; for a certifying programme the listed ones' certificates
     * are queued as one batch, issued in the background in the list's order ({@link CertificateBatches}), and the list
     * shows each number as it is issued ({@link CertifiedEntries}).
     */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public void publish(long roundId) {
        RoundDecision decision = decisions.findByRoundId(roundId).orElseThrow(() -> new RuleViolationException("publication.notStarted"));
        if (!decision.isApproved()) {
            throw new RuleViolationException("publication.notApproved");
        }
        if (decision.isPublished()) {
            throw new RuleViolationException("publication.alreadyPublished");
        }
        boolean certifies = !decision.isRecommendation();
        decision.publish(clock.instant());
        List<RoundDecisionEntry> listed = entries.findByDecisionIdOrderByPosition(decision.getId());
        Set<Long> listedIds = new HashSet<>();
        for (RoundDecisionEntry entry : listed) {
            listedIds.add(entry.getApplicationId());
            Application application = applications.byIdUnchecked(entry.getApplicationId());
            applications.recordStep(application.getId(), application.getStatus(), ApplicationStatus.APPROVED,
                    certifies ? "LIST_APPROVED" : "LIST_RECOMMENDED", decision.getDecisionNumber());
            workflow.correlate(OUTCOME_MESSAGE, application.getId(),
                    Map.of(ProcessVariables.APPROVED, true, ProcessVariables.CERTIFIES, certifies));
        }
        if (certifies && !listed.isEmpty()) {
            certificateBatches.open(roundId, listed.stream().map(RoundDecisionEntry::getApplicationId).toList(), LocalDate.now(clock));
        }
        List<Long> notListed = new ArrayList<>();
        for (Application application : applications.ofRound(roundId)) {
            if (!listedIds.contains(application.getId()) && application.getStatus().awaitsRoundDecision()) {
                notListed.add(application.getId());
                applications.recordStep(application.getId(), application.getStatus(), ApplicationStatus.NOT_APPROVED,
                        "LIST_NOT_APPROVED", decision.getDecisionNumber());
                workflow.correlate(OUTCOME_MESSAGE, application.getId(),
                        Map.of(ProcessVariables.APPROVED, false, ProcessVariables.CERTIFIES, certifies));
            }
        }
        audit.record(AUDIT_TYPE, decision.getId(), "PUBLISHED", null, decision.getDecisionNumber(),
                "round " + roundId + ", listed " + listedIds.size() + ", not listed " + notListed);
    }

    /**
     * 中华老字号 — the ministry's outcome for a candidate the province recommended (recognised or not, and when),
     * recorded once by the office after the list is published; shown on the public list and the applicant's timeline.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void recordMinistryOutcome(long applicationId, boolean recognised, LocalDate decidedOn) {
        RoundDecisionEntry entry = entries.findByApplicationId(applicationId).orElseThrow(() -> new RuleViolationException("publication.notListed"));
        RoundDecision decision = decisions.findById(entry.getDecisionId()).orElseThrow();
        if (!decision.isPublished()) {
            throw new RuleViolationException("publication.notPublished");
        }
        if (!decision.isRecommendation()) {
            throw new RuleViolationException("publication.notARecommendation");
        }
        if (entry.getMinistryRecognised() != null) {
            throw new RuleViolationException("publication.ministryAlreadyRecorded");
        }
        if (decidedOn == null) {
            throw new RuleViolationException("publication.ministryDateRequired");
        }
        if (decidedOn.isAfter(LocalDate.now(clock)) || decidedOn.isBefore(decision.getDecisionDate())) {
            throw new RuleViolationException("publication.ministryDateOutOfRange", decision.getDecisionDate());
        }
        entry.ministryDecided(recognised, decidedOn);
        audit.record(ApplicationService.AUDIT_TYPE, applicationId, recognised ? "MINISTRY_RECOGNISED" : "MINISTRY_NOT_RECOGNISED",
                null, decidedOn, null);
    }

    /** The approved list of a round as the office reads it, bonuses included; empty before approval. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<OfficeEntry> approvedEntries(long roundId) {
        return decisions.findByRoundId(roundId).filter(RoundDecision::isApproved)
                .map(d -> entries.findByDecisionIdOrderByPosition(d.getId()).stream()
                        .map(e -> new OfficeEntry(e.getApplicationId(), e.getPosition(), e.getOrganisationName(), e.getSubject(),
                                e.getTier(), e.getBonusAmount(), e.getCertificateNumber(), e.getMinistryRecognised(), e.getMinistryDecidedOn()))
                        .toList())
                .orElse(List.of());
    }

    /** An approved entry as the office reads it. */
    public record OfficeEntry(long applicationId, int position, String organisation, String subject, String tier, BigDecimal bonus,
                              String certificateNumber, Boolean ministryRecognised, LocalDate ministryDecidedOn) {
    }

    /**
     * The published list of a round, for everyone; empty while the round is not published (the public pages 404).
     * Cached, the emptiness too, until the round's decision or an entry changes ({@link PublishedListChanges}).
     */
    @PreAuthorize("permitAll()")
    @Cacheable(cacheNames = PublishedListChanges.LISTS, sync = true)
    public Optional<PublishedList> published(long roundId) {
        return decisions.findByRoundId(roundId).filter(RoundDecision::isPublished).map(this::toPublished);
    }

    /** Every published round, newest first, a page of {@value #PAGE_SIZE}: the public archive. */
    @PreAuthorize("permitAll()")
    public Page<PublishedList.Summary> archive(int page) {
        return decisions.findPublished(PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(d -> new PublishedList.Summary(d.getRoundId(),
                d.getProgrammeId(), d.getYear(), d.getDecisionNumber(), d.getDecisionDate(), entries.findByDecisionIdOrderByPosition(d.getId()).size()));
    }

    /**
     * Entries of published lists whose organisation or product/person contains {@code text} (any case), of the city
     * {@code cityCode} unless blank; newest list first, a page of {@value #PAGE_SIZE}.
     */
    @PreAuthorize("permitAll()")
    public Page<PublishedList.Found> search(String text, String cityCode, int page) {
        String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Map<Long, RoundDecision> decisionOf = new HashMap<>();
        return entries.searchPublished(pattern, cityCode == null ? "" : cityCode.strip(), PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(e -> {
                    RoundDecision d = decisionOf.computeIfAbsent(e.getDecisionId(), id -> decisions.findById(id).orElseThrow());
                    return new PublishedList.Found(d.getRoundId(), d.getProgrammeId(), d.getYear(), toEntry(d.getRoundId(), e));
                });
    }

    private PublishedList toPublished(RoundDecision decision) {
        ProgrammeDescriptor programme = programmes.get(decision.getProgrammeId());
        List<String> tierOrder = programme.tiers().stream().map(ProgrammeDescriptor.Tier::id).toList();
        List<PublishedList.Entry> listed = entries.findByDecisionIdOrderByPosition(decision.getId()).stream()
                .sorted(Comparator.comparingInt((RoundDecisionEntry e) -> e.getTier() == null ? 0 : tierIndex(tierOrder, e.getTier()))
                        .thenComparingInt(RoundDecisionEntry::getPosition))
                .map(e -> toEntry(decision.getRoundId(), e)).toList();
        return new PublishedList(decision.getRoundId(), decision.getProgrammeId(), decision.getYear(), decision.getDecisionNumber(),
                decision.getDecisionDate(), decision.publishedAt().orElseThrow(), decision.isRecommendation(), listed);
    }

    /** The programme's own id of a tier the committee handed on ("AWARD" or "award"); null for none. */
    private static String tierId(ProgrammeDescriptor programme, String tier) {
        if (tier == null) {
            return null;
        }
        return programme.tiers().stream().map(ProgrammeDescriptor.Tier::id).filter(id -> id.equalsIgnoreCase(tier)).findFirst()
                .orElseThrow(() -> new RuleViolationException("publication.unknownTier", tier));
    }

    private static int tierIndex(List<String> order, String tier) {
        int index = order.indexOf(tier);
        return index < 0 ? order.size() : index;
    }

    private static PublishedList.Entry toEntry(long roundId, RoundDecisionEntry e) {
        return new PublishedList.Entry(roundId, e.getPosition(), e.getOrganisationName(), e.getCreditCode(), e.getSubject(),
                e.getCityCode(), e.getTier(), e.getCertificateNumber(), e.getMinistryRecognised(), e.getMinistryDecidedOn());
    }

    private boolean stillInExpertReview(Application application) {
        ApplicationStatus status = application.getStatus();
        return status == ApplicationStatus.IN_REVIEW || status == ApplicationStatus.SITE_REVIEW
                || status.awaitsRoundDecision() && workflow.isRunning(EXPERT_REVIEW_PROCESS, application.getId());
    }

    /** The document number as typed, stripped: required, at most {@value #DECISION_NUMBER_MAX} characters, no control or format characters. */
    static String decisionNumber(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new RuleViolationException("publication.decisionNumberRequired");
        }
        String number = typed.strip();
        if (number.length() > DECISION_NUMBER_MAX) {
            throw new RuleViolationException("publication.decisionNumberTooLong", DECISION_NUMBER_MAX);
        }
        // Control and format characters (line breaks, zero-width and direction marks) would make the public text read otherwise.
        if (number.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new RuleViolationException("publication.decisionNumberInvalid");
        }
        return number;
    }

    private LocalDate decisionDate(LocalDate date) {
        if (date == null) {
            throw new RuleViolationException("publication.decisionDateRequired");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("publication.decisionDateInFuture");
        }
        return date;
    }

    /** A bonus for each individual on the list and for no one else, in yuan with at most two decimals. */
    private static Map<Long, BigDecimal> bonuses(FinalList list, Map<Long, BigDecimal> given) {
        Map<Long, BigDecimal> bonuses = new HashMap<>();
        Set<Long> individuals = new HashSet<>();
        for (FinalList.Candidate candidate : list.candidates()) {
            if (!candidate.individual()) {
                continue;
            }
            individuals.add(candidate.applicationId());
            BigDecimal bonus = given.get(candidate.applicationId());
            if (bonus == null) {
                throw new RuleViolationException("publication.bonusRequired", candidate.subject());
            }
            if (bonus.signum() < 0 || bonus.compareTo(BONUS_LIMIT) >= 0 || bonus.stripTrailingZeros().scale() > 2) {
                throw new RuleViolationException("publication.bonusInvalid", candidate.subject());
            }
            bonuses.put(candidate.applicationId(), bonus);
        }
        if (!individuals.containsAll(given.keySet())) {
            throw new RuleViolationException("publication.bonusNotIndividual");
        }
        return bonuses;
    }
}
