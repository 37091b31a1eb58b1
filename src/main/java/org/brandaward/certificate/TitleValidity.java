package org.brandaward.certificate;

import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.RoundService;
import org.brandaward.security.CurrentUser;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Starts the life of every title with a validity when its certificate is issued (one title-validity process per
 * certificate, business key {@link ProcessVariables#titleBusinessKey}), in the issuing transaction; a re-evaluation's
 * certificate renews the title it re-evaluates, and a revocation ends the title's process. These are steps of the
 * system, whoever's action caused them, so they run as the engine.
 */
@Component
class TitleValidity {

    static final String PROCESS_KEY = "title-validity";
    static final String RENEWED_MESSAGE = "TitleRenewed";
    static final String REVOKED_MESSAGE = "TitleRevoked";

    private final CertificateRepository certificates;
    private final ApplicationService applications;
    private final RoundService rounds;
    private final WorkflowService workflow;
    private final TitleLifeService life;

    TitleValidity(CertificateRepository certificates, ApplicationService applications, RoundService rounds,
                  WorkflowService workflow, TitleLifeService life) {
        this.certificates = certificates;
        this.applications = applications;
        this.rounds = rounds;
        this.workflow = workflow;
        this.life = life;
    }

    @EventListener
    void start(CertificateIssued issued) {
        asEngine(() -> {
            Certificate certificate = certificates.findById(issued.certificateId()).orElseThrow();
            Application application = applications.byIdUnchecked(issued.applicationId());
            if (certificate.getValidUntil() != null) {
                ProgrammeDescriptor programme = rounds.programmeOf(rounds.get(application.getRoundId()));
                workflow.startProcess(PROCESS_KEY, ProcessVariables.titleBusinessKey(certificate.getId()), Map.of(
                        ProcessVariables.APPLICATION_ID, application.getId(),
                        ProcessVariables.CERTIFICATE_ID, certificate.getId(),
                        ProcessVariables.RECHECK, programme.family() == ProgrammeDescriptor.Family.TIME_HONOURED));
            }
            if (application.isReevaluation()) {
                life.renew(application.getReevaluatesCertificateId(), certificate.getId());
            }
        });
    }

    @EventListener
    void end(TitleRevoked revoked) {
        asEngine(() -> workflow.correlateIfWaiting(REVOKED_MESSAGE, ProcessVariables.titleBusinessKey(revoked.certificateId())));
    }

    private static void asEngine(Runnable work) {
        try {
            CurrentUser.asEngine(() -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
