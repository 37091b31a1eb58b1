package org.brandaward.application;

import org.brandaward.shared.ClockConfiguration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * The due date of the supplement timer in BPMN ({@code ${supplementDeadlines.dueOf(applicationId)}}): the applicant
 * has the whole deadline day; the timer fires as the next day begins, Beijing time.
 */
@Component("supplementDeadlines")
public class SupplementDeadlines {

    private final SupplementRequestRepository requests;

    SupplementDeadlines(SupplementRequestRepository requests) {
        this.requests = requests;
    }

    /** Read by the engine when it sets the timer; nobody else needs it. */
    @PreAuthorize("hasAuthority('ENGINE')")
    public Date dueOf(long applicationId) {
        SupplementRequest request = requests.findFirstByApplicationIdAndResolvedAtIsNullOrderByIdDesc(applicationId)
                .orElseThrow(() -> new IllegalStateException("no open supplement request for application " + applicationId));
        return Date.from(request.getDeadline().plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant());
    }
}
