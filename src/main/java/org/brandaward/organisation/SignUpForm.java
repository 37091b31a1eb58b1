package org.brandaward.organisation;

import java.util.regex.Pattern;

/** What an enterprise types to open an applicant account. */
public class SignUpForm {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,50}");
    /** An e-mail address as people write them (RFC 5321 allows more; mail servers rarely do); at most 254 characters. */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    static final int EMAIL_MAX = 254;

    private String username;
    private String displayName;
    private String password;
    private String passwordConfirmation;
    private String email;
    /** The language the visitor signs up in; the account's mail is written in it. */
    private String locale;

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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }
}
