package org.brandaward.application;

import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 撤销 — whether an applicant lost a title of the programme by revocation in a way that bars it from applying again
 * (a revoked quality-award holder may never apply again). Answered by certificates, which depend on applications;
 * looked up lazily to keep the dependency one way.
 */
public interface RevokedHolders {

    /**
     * The revoked title that bars the organisation with {@code creditCode} (or, for an individual, the person named
     * {@code personName} applying through it) from the programme, if any.
     */
    Optional<RevokedTitle> barring(String creditCode, ProgrammeDescriptor programme, ApplicantKind kind, String personName);

    /** The revoked title named in the refusal: its number and the decision's date and document number. */
    record RevokedTitle(String certificateNumber, LocalDate revokedOn, String documentNumber) {
    }
}
