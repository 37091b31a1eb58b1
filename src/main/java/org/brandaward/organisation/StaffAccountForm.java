package org.brandaward.organisation;

/** What the admin enters to open a staff account; checked by {@link UserAccountService#createStaff}. */
public class StaffAccountForm {

    private String username;
    private String displayName;
    private String password;
    private String role;
    /** For a recommender: the GB/T 2260 code of the city (city bureau) or county (county bureau) it works for. */
    private String regionCode;
    /** Optional for staff: without one, their mail stays in the outbox. */
    private String email;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
