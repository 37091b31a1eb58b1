package org.brandaward.programme;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.brandaward.workflow.WorkflowService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class RoundService {

    public static final String AUDIT_TYPE = "ROUND";

    private final RoundRepository rounds;
    private final ProgrammeSettings programmes;
    private final WorkflowService workflow;
    private final AuditLog audit;
    private final Clock clock;

    RoundService(RoundRepository rounds, ProgrammeSettings programmes, WorkflowService workflow, AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.programmes = programmes;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    /** Opens a round with its own quotas; null quotas take the programme's defaults. */
    public Round open(String programmeId, int year, LocalDate applicationsOpenOn, LocalDate deadline, ProgrammeDescriptor.Quotas quotas) {
        ProgrammeDescriptor programme = programmes.get(programmeId);
        if (!workflow.isDeployed(programme.processKey())) {
            throw new RuleViolationException("round.processMissing", programme.processKey());
        }
        if (applicationsOpenOn == null || deadline == null) {
            throw new RuleViolationException("round.datesRequired");
        }
        if (deadline.isBefore(applicationsOpenOn)) {
            throw new RuleViolationException("round.deadlineBeforeOpening");
        }
        if (rounds.existsByProgrammeIdAndYear(programmeId, year)) {
            throw new RuleViolationException("round.duplicate", year);
        }
        ProgrammeDescriptor.Quotas roundQuotas = quotas != null ? quotas
                : programme.quotas() != null ? programme.quotas() : new ProgrammeDescriptor.Quotas(null, null, null, null);
        for (Integer quota : new Integer[] {roundQuotas.total(), roundQuotas.perCity(), roundQuotas.perCountyOrganisations(),
                roundQuotas.perCountyIndividuals()}) {
            if (quota != null && quota <= 0) {
                throw new RuleViolationException("round.quotaPositive");
            }
        }
        Round round = rounds.save(new Round(programmeId, year, applicationsOpenOn, deadline, roundQuotas,
                CurrentUser.requireUsername(), clock.instant()));
        audit.record(AUDIT_TYPE, round.getId(), "OPENED", null, round.getStatus(), programmeId + " " + year + " " + roundQuotas);
        return round;
    }

    public List<Round> all() {
        return rounds.findAllByOrderByYearDescProgrammeIdAsc();
    }

    /** Rounds an applicant can apply to today. */
    public List<Round> acceptingApplications() {
        LocalDate today = LocalDate.now(clock);
        return all().stream().filter(r -> r.acceptsApplicationsOn(today)).toList();
    }

    public Round get(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new RuleViolationException("round.notFound"));
    }

    /**
     * The round, locked until the caller's transaction ends: decisions that use up a quota of the round take their
     * turn, so two bureaus recommending at the same moment cannot both take the last place.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    @PreAuthorize("hasRole('RECOMMENDER')")
    public Round lockForQuota(long roundId) {
        return rounds.findForUpdate(roundId).orElseThrow(() -> new RuleViolationException("round.notFound"));
    }

    public ProgrammeDescriptor programmeOf(Round round) {
        return programmes.get(round.getProgrammeId());
    }
}
