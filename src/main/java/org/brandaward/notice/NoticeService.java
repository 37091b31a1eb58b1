package org.brandaward.notice;

import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.Divisions;
import org.brandaward.organisation.Organisation;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeCatalog;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeSettings;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 公示 — opens a notice with its candidates' public facts, says whether objections are still open, closes it with
 * the candidates no upheld objection removed; and shows the public what the rules make public: programme, round,
 * organisation, product or brand (the person's name for individual awards), city and the period. Never scores,
 * contacts, attachments, experts or anything of the objectors.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class NoticeService {

    static final String AUDIT_TYPE = "NOTICE";
    /** Closed notices stay on the public list this long. */
    static final Duration RECENTLY_CLOSED = Duration.ofDays(30);
    static final Set<Objection.Status> UNDECIDED = EnumSet.of(Objection.Status.OPEN, Objection.Status.AWAITING_RESPONSE);

    private final NoticeRepository notices;
    private final NoticeCandidateRepository candidates;
    private final ObjectionRepository objections;
    private final NoticePeriods periods;
    private final ApplicationService applications;
    private final OrganisationService organisations;
    private final RoundService rounds;
    private final ProgrammeSettings settings;
    private final ProgrammeCatalog catalog;
    private final Divisions divisions;
    private final AuditLog audit;
    private final Clock clock;

    NoticeService(NoticeRepository notices, NoticeCandidateRepository candidates, ObjectionRepository objections,
                  NoticePeriods periods, ApplicationService applications, OrganisationService organisations,
                  RoundService rounds, ProgrammeSettings settings, ProgrammeCatalog catalog, Divisions divisions, AuditLog audit, Clock clock) {
        this.notices = notices;
        this.candidates = candidates;
        this.objections = objections;
        this.periods = periods;
        this.applications = applications;
        this.organisations = organisations;
        this.rounds = rounds;
        this.settings = settings;
        this.catalog = catalog;
        this.divisions = divisions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens the notice of a process on {@code openedOn} (the engine's date, as its timer counts from it). PROVINCE:
     * the round's candidates, which must be applications of that round, for the programme's {@code noticeDays}
     * (in working days when {@code noticeInWorkingDays}). CITY: the one application, in its organisation's city and
     * round, for the programme's {@code cityNoticeWorkingDays}. The office's settings apply.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public Notice open(Notice.Scope scope, Long roundId, List<Long> candidateIds, String processInstanceId, LocalDate openedOn) {
        List<Application> listed = candidateIds.stream().map(applications::byIdUnchecked).toList();
        Round round;
        String cityCode = null;
        NoticePeriod period;
        if (scope == Notice.Scope.CITY) {
            if (listed.size() != 1) {
                throw new IllegalArgumentException("a city notice lists exactly one application: " + candidateIds);
            }
            round = rounds.get(listed.get(0).getRoundId());
            cityCode = organisations.byIdUnchecked(listed.get(0).getOrganisationId()).getCityCode();
            Integer days = settings.get(round.getProgrammeId()).cityNoticeWorkingDays();
            if (days == null || cityCode == null) {
                throw new IllegalStateException("no city notice for application " + candidateIds + " of " + round.getProgrammeId());
            }
            period = periods.from(openedOn, days, true);
        } else {
            round = rounds.get(roundId);
            listed.stream().filter(a -> a.getRoundId() != round.getId()).findFirst().ifPresent(a -> {
                throw new IllegalArgumentException("application " + a.getId() + " is not of round " + round.getId());
            });
            ProgrammeDescriptor programme = settings.get(round.getProgrammeId());
            period = periods.from(openedOn, programme.noticeDays(), programme.noticeInWorkingDays());
        }
        Notice notice = notices.save(new Notice(round.getId(), round.getProgrammeId(), round.getYear(), scope, cityCode, processInstanceId, period));
        int position = 0;
        for (Application application : listed) {
            Organisation organisation = organisations.byIdUnchecked(application.getOrganisationId());
            candidates.save(new NoticeCandidate(notice.getId(), application.getId(), ++position, organisation.getName(),
                    application.subject(), application.getTrademark(), organisation.getCityCode()));
        }
        audit.record(AUDIT_TYPE, notice.getId(), "OPENED", null, Notice.Status.OPEN, scope + " round " + round.getId()
                + (cityCode == null ? "" : " city " + cityCode) + ": " + listed.size() + " candidates, "
                + period.firstDay() + ".." + period.lastDay());
        return notice;
    }

    /**
     * Whether an objection of the notice is still undecided. Takes the notice's lock, as deciding an objection does,
     * so the process and the office's last decision cannot miss each other.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public boolean hasUndecidedObjections(long noticeId) {
        lock(noticeId);
        return objections.countByNoticeIdAndStatusIn(noticeId, UNDECIDED) > 0;
    }

    /**
     * Closes the notice once every objection is decided and answers the candidates left, in their order. A city
     * candidate removed by an upheld objection is not recommended: its timeline says so with the office's reason.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public Outcome close(long noticeId) {
        Notice notice = lock(noticeId);
        if (notice.getStatus() != Notice.Status.OPEN) {
            throw new IllegalStateException("notice " + noticeId + " is closed already");
        }
        if (objections.countByNoticeIdAndStatusIn(noticeId, UNDECIDED) > 0) {
            throw new IllegalStateException("notice " + noticeId + " still has undecided objections");
        }
        notice.close(clock.instant());
        List<Long> remaining = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        for (NoticeCandidate candidate : candidates.findByNoticeIdOrderByPosition(noticeId)) {
            if (!candidate.isRemoved()) {
                remaining.add(candidate.getApplicationId());
                continue;
            }
            removed.add(candidate.getApplicationId());
            if (notice.getScope() == Notice.Scope.CITY) {
                String reason = objections.findByCandidateIdAndStatus(candidate.getId(), Objection.Status.UPHELD).stream()
                        .map(Objection::getDecisionReason).findFirst().orElse(null);
                applications.recordStep(candidate.getApplicationId(), ApplicationStatus.CITY_NOTICE, ApplicationStatus.NOT_RECOMMENDED,
                        "CITY_NOTICE_OBJECTION_UPHELD", reason);
            }
        }
        audit.record(AUDIT_TYPE, noticeId, "CLOSED", Notice.Status.OPEN, Notice.Status.CLOSED,
                remaining.size() + " remaining, removed " + removed);
        return new Outcome(remaining, !removed.isEmpty());
    }

    /** The notices open now and those closed in the last thirty days, newest first, with their public facts. */
    @PreAuthorize("permitAll()")
    public List<PublicNotice> current() {
        return notices.openOrClosedSince(clock.instant().minus(RECENTLY_CLOSED)).stream().map(this::toPublic).toList();
    }

    /**
     * A round's notices for the public: its provincial notice (the latest, if any) and its city notices grouped by
     * city name. Empty when the round has no notice, so nothing is revealed about rounds not yet at this stage.
     */
    @PreAuthorize("permitAll()")
    public Optional<PublicRound> ofRound(long roundId) {
        List<Notice> all = notices.findByRoundIdOrderById(roundId);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        PublicNotice province = null;
        Map<String, List<PublicNotice>> cities = new LinkedHashMap<>();
        for (Notice notice : all) {
            PublicNotice shown = toPublic(notice);
            if (notice.getScope() == Notice.Scope.PROVINCE) {
                province = shown;
            } else {
                cities.computeIfAbsent(shown.cityName(), c -> new ArrayList<>()).add(shown);
            }
        }
        return Optional.of(new PublicRound(roundId, catalog.get(all.get(0).getProgrammeId()), all.get(0).getRoundYear(), province, cities));
    }

    private Notice lock(long noticeId) {
        return notices.findForUpdate(noticeId).orElseThrow(() -> new RuleViolationException("notice.notFound"));
    }

    private PublicNotice toPublic(Notice notice) {
        List<PublicCandidate> listed = candidates.findByNoticeIdOrderByPosition(notice.getId()).stream()
                .filter(c -> !c.isRemoved())
                .map(c -> new PublicCandidate(c.getId(), c.getOrganisationName(), c.getSubject(), c.getTrademark(), cityName(c.getCityCode())))
                .toList();
        return new PublicNotice(notice.getId(), notice.getRoundId(), catalog.get(notice.getProgrammeId()), notice.getRoundYear(), notice.getScope(),
                cityName(notice.getCityCode()), notice.getFirstDay(), notice.getLastDay(), notice.isWorkingDays(),
                notice.getLengthDays(), notice.acceptsObjectionsOn(LocalDate.now(clock)), notice.getStatus() == Notice.Status.OPEN, listed);
    }

    private String cityName(String code) {
        return code == null ? "" : divisions.nameOf(code);
    }

    /** What a closed notice leaves: the application ids still listed, in order, and whether any was removed. */
    public record Outcome(List<Long> remaining, boolean anyRemoved) {
    }

    /** A candidate as the public sees it. */
    public record PublicCandidate(long candidateId, String organisationName, String subject, String trademark, String cityName) {
    }

    /** A notice as the public sees it. */
    public record PublicNotice(long noticeId, long roundId, ProgrammeDescriptor programme, int year, Notice.Scope scope,
                               String cityName, LocalDate firstDay, LocalDate lastDay, boolean workingDays, int length,
                               boolean acceptsObjections, boolean open, List<PublicCandidate> candidates) {
    }

    /** A round's notices as the public sees them. */
    public record PublicRound(long roundId, ProgrammeDescriptor programme, int year, PublicNotice province,
                              Map<String, List<PublicNotice>> cities) {
    }
}
