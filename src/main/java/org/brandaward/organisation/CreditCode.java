package org.brandaward.organisation;

import java.text.Normalizer;

/**
 * 统一社会信用代码 — the unified social credit code of GB 32100-2015: 18 characters from a 31-character
 * alphabet (no I, O, S, V, Z), the last one a check character over the first 17 (weights 3^i mod 31).
 */
public final class CreditCode {

    public static final int LENGTH = 18;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a code is refused; {@link #VALID} when it is not. */
    public enum Check {
        VALID, BLANK, WRONG_LENGTH, BAD_CHARACTER, WRONG_CHECK_CHARACTER;

        public String messageKey() {
            return "creditCode." + name();
        }
    }

    private CreditCode() {
    }

    public static Check check(String code) {
        if (code == null || code.isBlank()) {
            return Check.BLANK;
        }
        if (code.length() != LENGTH) {
            return Check.WRONG_LENGTH;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Check.BAD_CHARACTER;
            }
        }
        return code.charAt(LENGTH - 1) == checkCharacter(code) ? Check.VALID : Check.WRONG_CHECK_CHARACTER;
    }

    /** The check character for the first 17 characters of {@code code}. */
    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The full code for its first 17 characters: what a registration authority does when it assigns one. */
    public static String withCheckCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 characters expected: " + first17);
        }
        return first17 + checkCharacter(first17 + "0");
    }

    /**
     * Upper case without blanks: how people type codes copied from a business licence. Full-width letters and digits
     * (what a Chinese input method types) become ASCII, and blanks or invisible marks copied along from a web page go.
     */
    public static String normalise(String code) {
        return code == null ? null : Normalizer.normalize(code, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Cf}]", "")
                .toUpperCase(java.util.Locale.ROOT);
    }
}
