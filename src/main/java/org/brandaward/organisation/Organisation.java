package org.brandaward.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.brandaward.shared.AbstractEntity;

import java.time.Instant;

/** An enterprise or other organisation, identified by its unified social credit code. */
@Entity
public class Organisation extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int LEGAL_REPRESENTATIVE_MAX = 100;
    public static final int ADDRESS_MAX = 300;

    @Column(name = "credit_code", nullable = false, unique = true, length = CreditCode.LENGTH)
    private String creditCode;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "legal_representative", nullable = false)
    private String legalRepresentative;

    /** 所在区县 — a GB/T 2260 county code; a city code only for a row from before counties (a region to fix). */
    @Column(name = "division_code", length = 6)
    private String divisionCode;

    /** The free text typed before regions were codes, kept where the migration could not map it (see V22). */
    @Column(name = "legacy_city")
    private String legacyCity;

    @Column(name = "legacy_county")
    private String legacyCounty;

    private String address;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    Organisation(OrganisationForm form, Instant createdAt) {
        this.creditCode = CreditCode.normalise(form.getCreditCode());
        this.name = form.getName().strip();
        this.legalRepresentative = form.getLegalRepresentative().strip();
        this.divisionCode = form.getCountyCode();
        this.address = form.getAddress() == null || form.getAddress().isBlank() ? null : form.getAddress().strip();
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

    /** The stored division: a county code, or (a region to fix) a city code or null. */
    public String getDivisionCode() {
        return divisionCode;
    }

    /** The code of the organisation's city (地级市): its county's code with 00 for the last two digits; null if unknown. */
    public String getCityCode() {
        return Division.cityOf(divisionCode);
    }

    /** 区县 — where the county-level recommendation happens; null while the region is to fix. */
    public String getCountyCode() {
        return Division.isCountyCode(divisionCode) ? divisionCode : null;
    }

    /** Whether the admin has to set the county: the free text of old could not be matched to one. */
    public boolean isRegionToFix() {
        return getCountyCode() == null;
    }

    public String getLegacyCity() {
        return legacyCity;
    }

    public String getLegacyCounty() {
        return legacyCounty;
    }

    /** 名称变更 — the name as the business registration now states it. */
    void rename(String newName) {
        this.name = newName;
    }

    /** The county, set by the admin for a region to fix; the old text has served its purpose. */
    void assignCounty(String countyCode) {
        this.divisionCode = countyCode;
        this.legacyCity = null;
        this.legacyCounty = null;
    }

    public String getAddress() {
        return address;
    }
}
