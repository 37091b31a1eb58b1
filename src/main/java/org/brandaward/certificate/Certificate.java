package org.brandaward.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
}
