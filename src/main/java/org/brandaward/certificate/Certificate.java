package org.brandaward.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.LocalDate;

/** 证书 — the numbered certificate of a recognised application. The PDF is rendered from it on demand. */
@Entity
@EntityListeners(CertificateChanges.class)
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false, unique = true)
    private long applicationId;
    @Column(nullable = false, unique = true)
    private String number;
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    /** Null when the title is kept for good (quality awards). */
    @Column(name = "valid_until")
    private LocalDate validUntil;
    /** The holder's name as printed: the organisation's name at issue, or at the latest reissue. */
    @Column(name = "holder_name", nullable = false)
    private String holderName;
    /** 1 at issue, +1 per reissue (换发) after a change of name. */
    @Column(nullable = false)
    private int edition = 1;
    @Column(name = "reissued_on")
    private LocalDate reissuedOn;
    /** The programme's tier id given at issue (quality awards: award / nomination); null where a programme has none. */
    private String tier;
    /** 撤销: the date of the authority's decision; null while the title stands. */
    @Column(name = "revoked_on")
    private LocalDate revokedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_ground")
    private RevocationGround revocationGround;
    @Column(name = "revocation_document_number")
    private String revocationDocumentNumber;
    @Column(name = "revocation_reason")
    private String revocationReason;
    /** The title's life (title-validity process): see {@link TitleState}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "title_state", nullable = false)
    private TitleState titleState = TitleState.ACTIVE;
    @Column(name = "title_ended_on")
    private LocalDate titleEndedOn;
    @Column(name = "title_end_reason")
    private String titleEndReason;
    /** After a re-check's conditional pass: the day the holder must have rectified by. */
    @Column(name = "rectify_by")
    private LocalDate rectifyBy;

    protected Certificate() {
    }

    Certificate(long applicationId, String number, LocalDate issuedOn, LocalDate validUntil, String holderName, String tier) {
        this.applicationId = applicationId;
        this.number = number;
        this.issuedOn = issuedOn;
        this.validFrom = issuedOn;
        this.validUntil = validUntil;
        this.holderName = holderName;
        this.tier = tier;
    }

    /** 换发 — the next edition, printed for {@code newHolderName}; number, dates and tier stay. */
    void reissue(String newHolderName, LocalDate on) {
        this.holderName = newHolderName;
        this.edition++;
        this.reissuedOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getHolderName() {
        return holderName;
    }

    public int getEdition() {
        return edition;
    }

    public LocalDate getReissuedOn() {
        return reissuedOn;
    }

    public String getTier() {
        return tier;
    }

    /** Whether the title was withdrawn (撤销); a revoked certificate is revoked whatever its dates say. */
    public boolean isRevoked() {
        return revokedOn != null;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public RevocationGround getRevocationGround() {
        return revocationGround;
    }

    public String getRevocationDocumentNumber() {
        return revocationDocumentNumber;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    /** Records the revocation; the caller has checked the decision ({@link RevocationDecision}) and that it stands. */
    void revoke(RevocationDecision decision) {
        this.revokedOn = decision.decidedOn();
        this.revocationGround = decision.ground();
        this.revocationDocumentNumber = decision.documentNumber();
        this.revocationReason = decision.reason();
    }

    public TitleState getTitleState() {
        return titleState;
    }

    public LocalDate getTitleEndedOn() {
        return titleEndedOn;
    }

    public String getTitleEndReason() {
        return titleEndReason;
    }

    public LocalDate getRectifyBy() {
        return rectifyBy;
    }

    /** Ends the title's life in {@code state} on {@code on}; the caller has checked that it was still active. */
    void endTitle(TitleState state, LocalDate on, String reason) {
        this.titleState = state;
        this.titleEndedOn = on;
        this.titleEndReason = reason;
    }

    /** A passed re-check (复核) carries the same certificate into its next period. */
    void extendValidityTo(LocalDate until) {
        this.validUntil = until;
    }

    void rectifyBy(LocalDate day) {
        this.rectifyBy = day;
    }
}
