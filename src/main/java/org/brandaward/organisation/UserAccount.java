package org.brandaward.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.brandaward.shared.AbstractEntity;
import org.brandaward.security.RegionGroups;
import org.brandaward.security.Roles;

/** A person who signs in; an applicant account belongs to at most one organisation. */
@Entity
@Table(name = "app_user")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String role;

    @Column(name = "organisation_id")
    private Long organisationId;

    private boolean enabled = true;

    /** A recommender's GB/T 2260 city code (city bureau) or county code (county bureau). */
    @Column(name = "region_code", length = 6)
    private String regionCode;

    /** The free text typed before regions were codes, kept where the migration could not map it (see V22). */
    @Column(name = "legacy_region_city")
    private String legacyRegionCity;

    @Column(name = "legacy_region_county")
    private String legacyRegionCounty;

    /** Where notifications go; none: the account's mail is kept in the outbox, unsent. */
    private String email;

    /** The language of the account's mail: {@code zh-CN} (the default) or {@code en}. */
    @Column(nullable = false)
    private String locale = "zh-CN";

    /** Sessions signed in before this moment have ended (a password change, a reset, a disable); null: none ended. */
    @Column(name = "sessions_valid_from")
    private java.time.Instant sessionsValidFrom;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, String role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
    }

    /** A recommender works for one city, or for one county of it, by code; the old text has served its purpose. */
    void assignRegion(String regionCode) {
        this.regionCode = regionCode;
        this.legacyRegionCity = null;
        this.legacyRegionCounty = null;
    }

    /** The recommendation task group of this account, if it is a recommender with a region. */
    public java.util.Optional<String> regionGroup() {
        return java.util.Optional.ofNullable(regionCode).map(RegionGroups::of);
    }

    public String getRegionCode() {
        return regionCode;
    }

    /** A recommender without a region works on no region's tasks until the admin sets one. */
    public boolean isRegionToFix() {
        return Roles.RECOMMENDER.equals(role) && regionCode == null;
    }

    public String getLegacyRegionCity() {
        return legacyRegionCity;
    }

    public String getLegacyRegionCounty() {
        return legacyRegionCounty;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRole() {
        return role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public java.util.Optional<String> getEmail() {
        return java.util.Optional.ofNullable(email);
    }

    public String getLocale() {
        return locale;
    }

    void changeEmail(String email) {
        this.email = email;
    }

    /** {@code languageTag}: {@code en} for English mail, anything else Chinese. */
    void writeMailIn(String languageTag) {
        this.locale = languageTag != null && languageTag.startsWith("en") ? "en" : "zh-CN";
    }

    /** Ends, on every node, the sessions signed in before {@code moment}. */
    void endSessionsBefore(java.time.Instant moment) {
        this.sessionsValidFrom = moment;
    }

    java.util.Optional<java.time.Instant> getSessionsValidFrom() {
        return java.util.Optional.ofNullable(sessionsValidFrom);
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** A disabled account cannot sign in; its data and its audit trail stay. */
    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    void joinOrganisation(long organisationId) {
        this.organisationId = organisationId;
    }
}
