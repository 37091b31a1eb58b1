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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateService(CertificateRepository certificates, ApplicationService applications, RoundService rounds,
                       CertificateRenderer renderer, AuditLog audit, CertificateNumbers numbers,
                       CertificateVerification verification, ApplicationEventPublisher events, Clock clock) {
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

    /** Issues the certificate of an approved application dated today; see {@link #issue(long, LocalDate)}. */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public Certificate issue(long applicationId) {
        return issue(applicationId, LocalDate.now(clock));
    }

    /**
     * Issues the certificate of an approved application: number {@code <prefix>-<round year>-<sequence>}, the sequence
     * gap-free per prefix ({@link CertificateNumbers}) and zero-padded to the programme's certificateNumberDigits, valid
     * from {@code issuedOn} (a batch passes its list's publication date) for the programme's validity years, or for
     * good where the programme keeps titles. Publishes {@link CertificateIssued} in the issuing transaction. Called by
     * the batch runner, so there is no signed-in user.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ENGINE')")
    public Certificate issue(long applicationId, LocalDate issuedOn) {
        Application application = applications.get(applicationId);
        if (application.getStatus() != ApplicationStatus.APPROVED) {
            throw new RuleViolationException("application.wrongStage", application.getStatus());
        }
        if (certificates.findByApplicationId(applicationId).isPresent()) {
            throw new RuleViolationException("certificate.alreadyIssued", applicationId);
        }
        Round round = rounds.get(application.getRoundId());
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        String sequenceKey = programme.certificatePrefix() + "-" + round.getYear() + "-";
        String number = programme.certificateNumber(round.getYear(), numbers.next(sequenceKey));
        LocalDate validUntil = programme.validityYears() == null ? null : issuedOn.plusYears(programme.validityYears()).minusDays(1);
        Certificate certificate = certificates.save(new Certificate(applicationId, number, issuedOn, validUntil));
        audit.record(AUDIT_TYPE, certificate.getId(), "ISSUED", null, number, "application " + applicationId);
        audit.record(ApplicationService.AUDIT_TYPE, applicationId, "CERTIFICATE_ISSUED", null, null, number);
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
