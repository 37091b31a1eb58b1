package org.brandaward.certificate;

import org.brandaward.shared.Reasons;
import org.brandaward.shared.RuleViolationException;

import java.time.LocalDate;

/**
 * The authority's decision to revoke a title as the office records it: the ground, the decision's document number
 * (文号, e.g. 鲁质强办〔2026〕8号) and date, and the office's reason. {@link #checked} refuses a missing or impossible value
 * naming the field.
 */
public record RevocationDecision(RevocationGround ground, String documentNumber, LocalDate decidedOn, String reason) {

    public static final int DOCUMENT_NUMBER_MAX = 100;

    /**
     * The decision with its text stripped, refused unless every field is given, the document number fits, and the
     * date lies between the certificate's issue and today (a decision is recorded after it is taken).
     */
    RevocationDecision checked(LocalDate issuedOn, LocalDate today) {
        if (ground == null) {
            throw new RuleViolationException("revocation.groundRequired");
        }
        if (documentNumber == null || documentNumber.isBlank()) {
            throw new RuleViolationException("revocation.documentNumberRequired");
        }
        if (documentNumber.strip().length() > DOCUMENT_NUMBER_MAX) {
            throw new RuleViolationException("revocation.documentNumberTooLong", DOCUMENT_NUMBER_MAX);
        }
        if (decidedOn == null) {
            throw new RuleViolationException("revocation.dateRequired");
        }
        if (decidedOn.isAfter(today) || decidedOn.isBefore(issuedOn)) {
            throw new RuleViolationException("revocation.dateOutOfRange", issuedOn.toString(), today.toString());
        }
        return new RevocationDecision(ground, documentNumber.strip(), decidedOn, Reasons.required(reason, "revocation.reasonRequired"));
    }
}
