package org.brandaward.certificate;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.Organisation;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.KnownRolesOnly;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Numbers, stores and renders certificates. */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class CertificateService {

    static final String AUDIT_TYPE = "CERTIFICATE";

    private final CertificateRepository certificates;
    private final ApplicationService applications;
    private final RoundService rounds;
    private final CertificateRenderer renderer;
    private final AuditLog audit;
    private final CertificateNumbers numbers;
    private final CertificateVerification verification;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CertificateService(CertificateRepository certificates, ApplicationService applications, RoundService rounds,
                       CertificateRenderer renderer, AuditLog audit, CertificateNumbers numbers,
                       CertificateVerification verification, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.certificates = certificates;
        this.numbers = numbers;
        this.verification = verification;
        this.applications = applications;
        this.rounds = rounds;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues the certificate of an approved application: number {@code <prefix>-<round year>-<sequence>}, the sequence
     * gap-free per prefix ({@link CertificateNumbers}), valid
     * from today for the programme's validity years, or for good where the programme keeps titles. Called by the process, so there is no signed-in user.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public Certificate issue(long applicationId) {
        Application application = applications.get(applicationId);
        if (application.getStatus() != ApplicationStatus.APPROVED) {
            throw new RuleViolationException("application.wrongStage", application.getStatus());
        }
        Round round = rounds.get(application.getRoundId());
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        String prefix = programme.certificatePrefix() + "-" + round.getYear() + "-";
        String number = prefix + "%04d".formatted(numbers.next(prefix));
        LocalDate today = LocalDate.now(clock);
        LocalDate validUntil = programme.validityYears() == null ? null : today.plusYears(programme.validityYears()).minusDays(1);
        Certificate certificate = certificates.save(new Certificate(applicationId, number, today, validUntil));
        audit.record(AUDIT_TYPE, certificate.getId(), "ISSUED", null, number, "application " + applicationId);
        events.publishEvent(new CertificateIssued(certificate.getId(), applicationId, number));
        return certificate;
    }

    /** Certificates still valid today of the organisation with {@code creditCode}. */
    @PreAuthorize("hasRole('OFFICE') or hasAuthority('ENGINE')")
    public List<Certificate> validHeldBy(String creditCode) {
        return certificates.findValidByCreditCode(creditCode, LocalDate.now(clock));
    }

    /** The certificate of an application, if the signed-in user may read the application and one was issued. */
    public Optional<Certificate> ofApplication(long applicationId) {
        applications.requireReadable(applicationId);
        return certificates.findByApplicationId(applicationId);
    }

    /** The certificate as a PDF, for those allowed to read its application. */
    public byte[] pdf(long applicationId) {
        Application application = applications.get(applicationId);
        Certificate certificate = certificates.findByApplicationId(applicationId)
                .orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
        Organisation organisation = applications.organisationOf(applicationId);
        ProgrammeDescriptor programme = rounds.programmeOf(rounds.get(application.getRoundId()));
        return renderer.render(new CertificateContent(certificate.getNumber(), organisation.getName(), organisation.getCreditCode(),
                application.getProductName(), programme.name(Locale.CHINESE), programme.authority(Locale.CHINESE),
                certificate.getIssuedOn(), certificate.getValidFrom(), certificate.getValidUntil(),
                verification.verifyUrl(certificate.getNumber())));
    }
}
