package org.brandaward.notice;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an objector's identity document number: a resident identity card (居民身份证, GB 11643) has 17 digits, a
 * valid birth date in digits 7–14 and the ISO 7064 MOD 11-2 check character; a passport 5–20 letters and digits;
 * another document (港澳台 permits and the like) 5–30 letters, digits or hyphens. Answers the normalised number, or
 * the message key of what is wrong.
 */
final class IdentityNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Pattern RESIDENT = Pattern.compile("\\d{17}[0-9X]");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern OTHER = Pattern.compile("[A-Z0-9-]{5,30}");

    private IdentityNumbers() {
    }

    /** The number in upper case without blanks, if it is well formed for its type and valid on {@code today}; else empty. */
    static Optional<String> normalised(Objection.IdType type, String number, LocalDate today) {
        if (type == null || number == null) {
            return Optional.empty();
        }
        String cleaned = number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        boolean valid = switch (type) {
            case RESIDENT_ID -> isResidentId(cleaned, today);
            case PASSPORT -> PASSPORT.matcher(cleaned).matches();
            case OTHER -> OTHER.matcher(cleaned).matches();
        };
        return valid ? Optional.of(cleaned) : Optional.empty();
    }

    static boolean isResidentId(String number, LocalDate today) {
        if (!RESIDENT.matcher(number).matches()) {
            return false;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            if (born.getYear() < 1900 || born.isAfter(today)) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        return number.charAt(17) == checkCharacter(number.substring(0, 17));
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
