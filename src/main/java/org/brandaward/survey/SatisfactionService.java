package org.brandaward.survey;

import org.brandaward.application.ApplicationService;
import org.brandaward.security.KnownRolesOnly;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/** The satisfaction figure of a candidate, for those who may read its application (experts scoring it, officials). */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class SatisfactionService {

    private final ApplicationService applications;
    private final FigureReader figures;

    SatisfactionService(ApplicationService applications, FigureReader figures) {
        this.applications = applications;
        this.figures = figures;
    }

    /**
     * The figure of an application of a programme with a satisfaction survey; null for other programmes. Refused
     * unless the signed-in user may read the application (an expert only after declaring); the applicant and the
     * bureaus are not told their scores here.
     */
    @PreAuthorize("hasAnyRole('EXPERT', 'OFFICE', 'COMMITTEE', 'ADMIN') or hasAuthority('ENGINE')")
    public SatisfactionFigure figureOf(long applicationId) {
        applications.requireReadable(applicationId);
        return figures.of(applicationId);
    }
}
