package org.brandaward.certificate;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.Organisation;
import org.brandaward.organisation.OrganisationService;
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
    /** The applicant's timeline step of a reissue (换发). */
    static final String REISSUED_STEP = "CERTIFICATE_REISSUED";
    public static final int REISSUE_REASON_MAX = 500;

    private final CertificateRepository certificates;
    private final ApplicationService applications;
    private final RoundService rounds;
    private final CertificateRenderer renderer;
    private final AuditLog audit;
    private final CertificateNumbers numbers;
    private final CertificateVerification verification;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrganisationService organisations;
    private final ListedTiers listedTiers;

    CertificateService(CertificateRepository certificates, ApplicationService applications, RoundService rounds,
                       CertificateRenderer renderer, AuditLog audit, CertificateNumbers numbers,
                       CertificateVerification verification, ApplicationEventPublisher events, Clock clock,
                       OrganisationService organisations, ListedTiers listedTiers) {
        this.events = events;
        this.organisations = organisations;
        this.listedTiers = listedTiers;
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
        Certificate certificate = certificates.save(new Certificate(applicationId, number, issuedOn, validUntil,
                applications.organisationOf(applicationId).getName(), listedTier(applicationId)));
        audit.record(AUDIT_TYPE, certificate.getId(), "ISSUED", null, number, "application " + applicationId);
        audit.record(ApplicationService.AUDIT_TYPE, applicationId, "CERTIFICATE_ISSUED", null, null, number);
        events.publishEvent(new CertificateIssued(certificate.getId(), applicationId, number));
        return certificate;
    }

    /**
     * 换发 — the office reissues a certificate after the holder's change of name: the organisation's new name is
     * recorded ({@code newHolderName}, as the business registration states it), the certificate's next edition prints
     * it, and the number, dates, tier and so the signed payload of the QR code stay — an earlier print still verifies.
     * Refused without a reason, when the certificate already prints that name, and for a title expired, ended or revoked. Audited on the
     * certificate, and a step of the applicant's timeline.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public Certificate reissue(long applicationId, String newHolderName, String reason) {
        String because = reason == null ? "" : reason.strip();
        if (because.isEmpty()) {
            throw new RuleViolationException("certificate.reissue.reasonRequired");
        }
        if (because.length() > REISSUE_REASON_MAX) {
            throw new RuleViolationException("certificate.reissue.reasonTooLong", REISSUE_REASON_MAX);
        }
        Certificate certificate = certificates.findLockedByApplicationId(applicationId)
                .orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
        LocalDate today = LocalDate.now(clock);
        if (certificate.isRevoked() || certificate.getTitleState().ended()) {
            throw new RuleViolationException("certificate.reissue.ended", certificate.getNumber());
        }
        if (certificate.getValidUntil() != null && certificate.getValidUntil().isBefore(today)) {
            throw new RuleViolationException("certificate.reissue.expired", certificate.getValidUntil());
        }
        String name = newHolderName == null ? "" : newHolderName.strip();
        if (name.equals(certificate.getHolderName())) {
            throw new RuleViolationException("certificate.reissue.nameUnchanged", name);
        }
        Organisation organisation = organisations.recordNameChange(applications.get(applicationId).getOrganisationId(), name, because);
        String before = certificate.getHolderName();
        certificate.reissue(organisation.getName(), today);
        audit.record(AUDIT_TYPE, certificate.getId(), "REISSUED", before, organisation.getName(),
                "edition " + certificate.getEdition() + ": " + because);
        audit.record(ApplicationService.AUDIT_TYPE, applicationId, REISSUED_STEP, before, organisation.getName(),
                before + " → " + organisation.getName() + "：" + because);
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

    /**
     * The certificate's current edition as a PDF, for those allowed to read its application: the holder's name as
     * stored on the certificate, the title worded by its tier, in its programme family's template.
     */
    public byte[] pdf(long applicationId) {
        Application application = applications.get(applicationId);
        Certificate certificate = certificates.findByApplicationId(applicationId)
                .orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
        Organisation organisation = applications.organisationOf(applicationId);
        ProgrammeDescriptor programme = rounds.programmeOf(rounds.get(application.getRoundId()));
        boolean individual = application.getApplicantKind() == ProgrammeDescriptor.ApplicantKind.INDIVIDUAL;
        return renderer.render(new CertificateContent(programme.family(), certificate.getNumber(),
                CertificateTitle.of(programme, certificate.getTier()), certificate.getHolderName(), organisation.getCreditCode(),
                application.subject(), individual, programme.authority(Locale.CHINESE),
                certificate.getIssuedOn(), certificate.getValidFrom(), certificate.getValidUntil(), certificate.getEdition(),
                certificate.getReissuedOn(), verification.verifyUrl(certificate.getNumber())));
    }

    private String listedTier(long applicationId) {
        return listedTiers.tierOf(applicationId).orElse(null);
    }
}
