package org.brandaward.certificate;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * What 证书查验 reads of a certificate, cached by number: its facts, not its answer. The state (valid, expired) is
 * worked out from these facts and today's date on every request, so a cached entry never says valid past the
 * certificate's last day. Every change of a certificate row drops its entry ({@link CertificateChanges}); a number
 * with no certificate is cached too (as none) and dropped when a certificate of that number is issued.
 */
@Component
class PublicCertificates {

    static final String FACTS = "public-certificates";
    static final String PAYLOADS = "public-payloads";

    /** A certificate on record as the public sees it, with its holder's credit code and programme. */
    record Facts(String number, String holderName, String creditCode, String programmeId, LocalDate issuedOn, LocalDate validFrom,
                 LocalDate validUntil, boolean revoked, LocalDate revokedOn, RevocationGround revocationGround,
                 String revocationDocumentNumber, TitleState titleState) {
    }

    private final CertificateRepository certificates;
    private final SigningKeys keys;

    PublicCertificates(CertificateRepository certificates, SigningKeys keys) {
        this.certificates = certificates;
        this.keys = keys;
    }

    /** The facts of the certificate numbered {@code number} (as stored: upper case), null for none. */
    @Cacheable(cacheNames = FACTS, sync = true)
    @Transactional(readOnly = true)
    public Facts byNumber(String number) {
        return certificates.findByNumber(number).flatMap(c -> certificates.findHolder(c.getApplicationId()).map(holder ->
                new Facts(c.getNumber(), c.getHolderName(), holder.getCreditCode(), holder.getProgrammeId(), c.getIssuedOn(),
                        c.getValidFrom(), c.getValidUntil(), c.isRevoked(), c.getRevokedOn(), c.getRevocationGround(),
                        c.getRevocationDocumentNumber(), c.getTitleState()))).orElse(null);
    }

    /**
     * A payload checked against the signing keys, cached: the keys are read once at startup, so a payload's check
     * never changes while the application runs, and an Ed25519 verification costs more than the rest of the answer.
     */
    @Cacheable(cacheNames = PAYLOADS, sync = true)
    public PayloadSigning.Checked check(String payload) {
        return PayloadSigning.check(payload, keys.verifying());
    }
}
