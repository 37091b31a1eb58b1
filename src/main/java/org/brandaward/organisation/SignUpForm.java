package org.brandaward.organisation;

import java.util.regex.Pattern;

/** What an enterprise types to open an applicant account. */
public class SignUpForm {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,50}");
    static final int PASSWORD_MIN = 8;

    private String username;
    private String displayName;
    private String password;
    private String passwordConfirmation;

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

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}
