package org.brandaward.audit;

import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** The audit trail. Records join the caller's transaction, so a change and its record commit or fail together. */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records whoever acts, a visitor signing up included: open to all because it joins the caller's transaction
     * (mandatory), so it is reached only through a service method that granted the caller.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("permitAll()")
    public void record(String entityType, long entityId, String action, Object before, Object after, String detail) {
        events.save(new AuditEvent(clock.instant(), CurrentUser.username(), entityType, entityId, action,
                before == null ? null : before.toString(), after == null ? null : after.toString(), detail));
    }

    /** The raw trail names every actor: staff and the engine read it (the applicant's timeline shows roles only). */
    @PreAuthorize("hasAnyRole('OFFICE', 'ADMIN') or hasAuthority('ENGINE')")
    public List<AuditEvent> history(String entityType, long entityId) {
        return events.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId);
    }

    /** Every record of one kind of change (such as a seat left empty), newest first. */
    @PreAuthorize("hasAnyRole('OFFICE', 'ADMIN') or hasAuthority('ENGINE')")
    public List<AuditEvent> recordsOf(String entityType, String action) {
        return events.findByEntityTypeAndActionOrderByIdDesc(entityType, action);
    }
}
