package org.brandaward.organisation;

/** What the admin types to open a staff account; checked by {@link UserAccountService#createStaff}. */
public class StaffAccountForm {

    private String username;
    private String displayName;
    private String password;
    private String role;
    /** For a recommender: the city it works for. */
    private String city;
    /** For a county recommender: the county of {@link #city}; blank for a city bureau. */
    private String county;

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

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }
}
