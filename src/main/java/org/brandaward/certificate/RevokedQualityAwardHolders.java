package org.brandaward.certificate;

import org.brandaward.application.RevokedHolders;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * PROGRAMMES.md: a revoked quality-award holder may never apply again. The bar is for good and per programme: the
 * organisation (by its credit code, so a new account does not escape it) for its own titles, a person for theirs.
 * Brands and time-honoured brands have no such rule: their holders may apply again once the veto that caused the
 * revocation (a credit entry, say) has ended.
 */
@Component
class RevokedQualityAwardHolders implements RevokedHolders {

    private final CertificateRepository certificates;

    RevokedQualityAwardHolders(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RevokedTitle> barring(String creditCode, ProgrammeDescriptor programme, ApplicantKind kind, String personName) {
        if (programme.family() != ProgrammeDescriptor.Family.QUALITY_AWARD || kind == ApplicantKind.INDIVIDUAL && personName == null) {
            return Optional.empty();
        }
        return certificates.findRevokedHeldBy(creditCode, programme.id(), kind.name(), personName == null ? "" : personName.strip())
                .stream().findFirst()
                .map(t -> new RevokedTitle(t.getNumber(), t.getRevokedOn(), t.getRevocationDocumentNumber()));
    }
}
