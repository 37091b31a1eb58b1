package org.brandaward.certificate;

import org.brandaward.programme.ProgrammeCatalog;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.security.KnownRolesOnly;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * 证书查验 — anyone checks a certificate by its number or by the signed payload of its QR code. The answer holds only
 * what the certificate itself shows: number, holder, credit code, programme and dates. A payload is checked against the
 * signing keys first (any changed byte, an unknown key id or another key's signature is {@link State#SIGNATURE_INVALID}),
 * then against the certificates on record; the record decides: revoked (撤销, whatever the dates say), else its dates,
 * read with the application's clock.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class CertificateVerification {

    /** The path of the page a certificate's QR code opens: {@code <base url>/v/<payload>}. */
    public static final String VERIFY_PATH = "/v/";

    public enum State { VALID, EXPIRED, REVOKED, UNKNOWN, SIGNATURE_INVALID,
        /** 移出名录 — a time-honoured brand's re-check removed the title (not a revocation). */
        REMOVED }

    /**
     * The answer; the facts are null unless the certificate is on record, the revocation's (date, ground, the
     * decision's document number) unless it is {@link State#REVOKED}.
     */
    public record Result(State state, String number, String organisationName, String creditCode, String programmeId,
                         String programmeName, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil,
                         LocalDate revokedOn, RevocationGround revocationGround, String revocationDocumentNumber) {

        static Result of(State state) {
            return new Result(state, null, null, null, null, null, null, null, null, null, null, null);
        }

        public boolean known() {
            return number != null;
        }
    }

    private final CertificateRepository certificates;
    private final PublicCertificates published;
    private final ProgrammeCatalog programmes;
    private final SigningKeys keys;
    private final Clock clock;
    private final String publicBaseUrl;

    CertificateVerification(CertificateRepository certificates, PublicCertificates published, ProgrammeCatalog programmes, SigningKeys keys,
                            Clock clock, @Value("${brand-award.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.certificates = certificates;
        this.published = published;
        this.programmes = programmes;
        this.keys = keys;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** The state of the certificate numbered {@code number} (case and surrounding blanks ignored), for everyone. */
    @PreAuthorize("permitAll()")
    public Result byNumber(String number, Locale locale) {
        if (number == null || number.isBlank() || number.strip().length() > 60) {
            return Result.of(State.UNKNOWN);
        }
        return answer(published.byNumber(number.strip().toUpperCase(Locale.ROOT)), locale);
    }

    /** The state of the certificate a signed payload names, for everyone. */
    @PreAuthorize("permitAll()")
    public Result byPayload(String payload, Locale locale) {
        if (payload == null || payload.length() > 1000) {
            return Result.of(State.SIGNATURE_INVALID);
        }
        PayloadSigning.Checked checked = published.check(payload);
        if (!checked.valid()) {
            return Result.of(State.SIGNATURE_INVALID);
        }
        return answer(published.byNumber(checked.payload().number()), locale);
    }

    /**
     * The signed payload of a certificate's facts, with the current key: what its QR code carries. Open to the roles and
     * the engine (the facts are public, and whoever renders the certificate needs it).
     */
    public String payload(String number) {
        Certificate certificate = certificates.findByNumber(number).orElseThrow(() -> new IllegalArgumentException("no certificate " + number));
        CertificateRepository.Holder holder = certificates.findHolder(certificate.getApplicationId()).orElseThrow();
        return keys.sign(new CertificatePayload(certificate.getNumber(), holder.getCreditCode(), holder.getProgrammeId(),
                certificate.getValidFrom(), certificate.getValidUntil(), keys.currentKeyId()));
    }

    /** The address a certificate's QR code opens: {@code brand-award.public-base-url} + {@code /v/<payload>}. */
    public String verifyUrl(String number) {
        return publicBaseUrl + VERIFY_PATH + payload(number);
    }

    /**
     * The title's recorded end decides where the title-validity process has recorded one; otherwise the date does, so
     * the page says expired from the day after the validity even before the expiry timer has run.
     */
    private static State stateOf(PublicCertificates.Facts certificate, LocalDate today) {
        if (certificate.revoked()) {
            return State.REVOKED;
        }
        if (certificate.titleState() == TitleState.REMOVED) {
            return State.REMOVED;
        }
        boolean pastValidity = certificate.validUntil() != null && certificate.validUntil().isBefore(today);
        return certificate.titleState() == TitleState.EXPIRED || pastValidity ? State.EXPIRED : State.VALID;
    }

    /** The answer for a certificate's (cached) facts, its state read with today's date; unknown for none. */
    private Result answer(PublicCertificates.Facts certificate, Locale locale) {
        if (certificate == null) {
            return Result.of(State.UNKNOWN);
        }
        ProgrammeDescriptor programme = programmes.get(certificate.programmeId());
        State state = stateOf(certificate, LocalDate.now(clock));
        // The holder as the certificate prints it: after a change of name, the reissued edition's name.
        return new Result(state, certificate.number(), certificate.holderName(), certificate.creditCode(),
                programme.id(), programme.name(locale), certificate.issuedOn(), certificate.validFrom(), certificate.validUntil(),
                certificate.revokedOn(), certificate.revocationGround(), certificate.revocationDocumentNumber());
    }
}
