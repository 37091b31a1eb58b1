package org.brandaward.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.brandaward.shared.AbstractEntity;
import org.brandaward.security.RegionGroups;

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

    @Column(name = "region_city")
    private String regionCity;

    @Column(name = "region_county")
    private String regionCounty;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, String role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
    }

    /** A recommender works for one city, or for one county of it. */
    void assignRegion(String city, String county) {
        this.regionCity = city;
        this.regionCounty = county;
    }

    /** The recommendation task group of this account, if it is a recommender with a region. */
    public java.util.Optional<String> regionGroup() {
        return java.util.Optional.ofNullable(regionCity).map(city -> RegionGroups.of(city, regionCounty));
    }

    public String getRegionCity() {
        return regionCity;
    }

    public String getRegionCounty() {
        return regionCounty;
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

    void joinOrganisation(long organisationId) {
        this.organisationId = organisationId;
    }
}
