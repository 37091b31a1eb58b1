package org.brandaward.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.brandaward.shared.AbstractEntity;

import java.time.Instant;

/** An enterprise or other organisation, identified by its unified social credit code. */
@Entity
public class Organisation extends AbstractEntity {

    public static final int NAME_MAX = 200;

    @Column(name = "credit_code", nullable = false, unique = true, length = CreditCode.LENGTH)
    private String creditCode;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "legal_representative", nullable = false)
    private String legalRepresentative;

    @Column(nullable = false)
    private String city;

    private String county;

    private String address;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    Organisation(OrganisationForm form, Instant createdAt) {
        this.creditCode = CreditCode.normalise(form.getCreditCode());
        this.name = form.getName().strip();
        this.legalRepresentative = form.getLegalRepresentative().strip();
        this.city = form.getCity().strip();
        this.county = form.getCounty().strip();
        this.address = form.getAddress();
        this.createdAt = createdAt;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getName() {
        return name;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public String getCity() {
        return city;
    }

    /** 区县 — where the county-level recommendation happens; null for organisations registered before counties. */
    public String getCounty() {
        return county;
    }

    public String getAddress() {
        return address;
    }
}
