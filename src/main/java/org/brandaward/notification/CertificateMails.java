package org.brandaward.notification;

import org.brandaward.certificate.Certificate;
import org.brandaward.certificate.CertificateIssued;
import org.brandaward.certificate.CertificateService;
import org.brandaward.certificate.TitleExpired;
import org.brandaward.certificate.TitleExpiryNear;
import org.brandaward.certificate.TitleRemoved;
import org.brandaward.certificate.TitleRevoked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The holder hears that its certificate is ready, that its title expires soon, and that it expired, was removed or was revoked. */
@Component
class CertificateMails {

    private final Applicants applicants;
    private final CertificateService certificates;

    CertificateMails(Applicants applicants, CertificateService certificates) {
        this.applicants = applicants;
        this.certificates = certificates;
    }

    @EventListener
    void on(CertificateIssued issued) {
        AsEngine.run(() -> applicants.write(MailKind.CERTIFICATE_READY, issued.applicationId(), issued.number()));
    }

    @EventListener
    void on(TitleExpiryNear near) {
        AsEngine.run(() -> applicants.write(MailKind.EXPIRY_NEAR, near.applicationId(), numberOf(near.applicationId()),
                String.valueOf(near.validUntil()), String.valueOf(near.daysLeft())));
    }

    @EventListener
    void on(TitleExpired expired) {
        AsEngine.run(() -> applicants.write(MailKind.TITLE_EXPIRED, expired.applicationId(), numberOf(expired.applicationId())));
    }

    @EventListener
    void on(TitleRemoved removed) {
        AsEngine.run(() -> applicants.write(MailKind.TITLE_REMOVED, removed.applicationId(), numberOf(removed.applicationId()),
                removed.reason() == null ? "" : removed.reason()));
    }

    @EventListener
    void on(TitleRevoked revoked) {
        AsEngine.run(() -> applicants.write(MailKind.TITLE_REVOKED, revoked.applicationId(), numberOf(revoked.applicationId()),
                new GroundName(revoked.ground()), revoked.documentNumber() == null ? "" : revoked.documentNumber(),
                String.valueOf(revoked.decidedOn())));
    }

    private String numberOf(long applicationId) {
        return certificates.ofApplication(applicationId).map(Certificate::getNumber).orElse("");
    }
}
