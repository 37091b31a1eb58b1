package org.brandaward.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.LocalDate;

/** 证书 — the numbered certificate of a recognised application. The PDF is rendered from it on demand. */
@Entity
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

    Certificate(long applicationId, String number, LocalDate issuedOn, LocalDate validUntil) {
        this.applicationId = applicationId;
        this.number = number;
        this.issuedOn = issuedOn;
        this.validFrom = issuedOn;
        this.validUntil = validUntil;
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
