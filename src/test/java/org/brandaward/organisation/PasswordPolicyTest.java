package org.brandaward.organisation;

import org.brandaward.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password rules: at least 10 characters, letters and digits, not the username, not a common one, at most 72 bytes. */
class PasswordPolicyTest {

    @Test
    void a_long_enough_password_with_letters_and_digits_passes() {
        assertThatCode(() -> PasswordPolicy.check("laiwu", "Taishan-2110")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("laiwu", "泰山啤酒泰山啤酒泰山2")).as("Chinese characters are letters").doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("laiwu", "a".repeat(71) + "1")).as("72 bytes").doesNotThrowAnyException();
    }

    @Test
    void each_rule_is_named() {
        assertRefused("laiwu", null, "password.tooShort");
        assertRefused("laiwu", "abc123def", "password.tooShort");
        assertRefused("laiwu", "a".repeat(72) + "1", "password.tooLong");
        assertRefused("laiwu", "密码".repeat(12) + "a1", "password.tooLong");
        assertRefused("laiwu", "abcdefghijk", "password.lettersAndDigits");
        assertRefused("laiwu", "1234567890", "password.lettersAndDigits");
        assertRefused("laiwu", "2110LAIWU-steel", "password.containsUsername");
        assertRefused("Laiwu", "laiwu-2110x", "password.containsUsername");
        assertRefused("laiwu", "PASSWORD123", "password.common");
        assertRefused("laiwu", "1qaz2wsx3edc", "password.common");
    }

    private static void assertRefused(String username, String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(username, password))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> org.assertj.core.api.Assertions.assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
