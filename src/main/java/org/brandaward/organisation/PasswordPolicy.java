package org.brandaward.organisation;

import org.brandaward.shared.RuleViolationException;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The rules of a password a person chooses: at sign-up, on a change and on the admin's reset (the engine's seeded
 * accounts are not people's choices). Each refusal names its rule.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** bcrypt reads no further than 72 bytes, and Spring's encoder refuses longer input rather than cut it. */
    static final int MAX_BYTES = 72;
    /**
     * Passwords of ten or more characters with letters and digits that lists of leaked passwords put near the top,
     * in China and elsewhere; compared in lower case.
     */
    private static final Set<String> COMMON = Set.of("password123", "password1234", "password12", "passw0rd123",
            "qwerty123456", "qwertyuiop1", "1qaz2wsx3edc", "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4t5", "a123456789",
            "abc1234567", "abcd123456", "abc123456789", "asdf123456", "zxcv123456", "woaini1314", "woaini520",
            "5201314abc", "iloveyou123", "admin12345", "admin123456", "administrator1", "welcome123", "letmein123",
            "brandaward1", "brandaward123", "demo123456", "test123456", "changeme123", "aa123456789", "qq123456789",
            "1234567890a", "a1234567890", "p@ssw0rd123");

    private PasswordPolicy() {
    }

    /** Refuses {@code password} for the account {@code username} unless it follows every rule. */
    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolationException("password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new RuleViolationException("password.tooLong", MAX_BYTES);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new RuleViolationException("password.lettersAndDigits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new RuleViolationException("password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            throw new RuleViolationException("password.common");
        }
    }
}
