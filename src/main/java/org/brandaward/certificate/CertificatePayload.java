package org.brandaward.certificate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the QR code of a certificate signs: a {@code |}-joined UTF-8 record
 * {@code 1|number|credit code|programme id|valid from|valid until or empty|key id} (dates {@code yyyyMMdd}). The signed
 * form is the record followed by its 64-byte Ed25519 signature, base64url without padding (see {@link PayloadSigning}).
 */
public record CertificatePayload(String number, String creditCode, String programmeId, LocalDate validFrom,
                                 LocalDate validUntil, String keyId) {

    static final String VERSION = "1";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern FIELD = Pattern.compile("[^|\\p{Cntrl}]+");

    public CertificatePayload {
        for (String field : new String[]{number, creditCode, programmeId, keyId}) {
            if (field == null || !FIELD.matcher(field).matches()) {
                throw new IllegalArgumentException("a payload field is empty or holds '|' or a control character");
            }
        }
        if (validFrom == null) {
            throw new IllegalArgumentException("valid from is required");
        }
    }

    byte[] record() {
        return String.join("|", VERSION, number, creditCode, programmeId, DAY.format(validFrom),
                validUntil == null ? "" : DAY.format(validUntil), keyId).getBytes(StandardCharsets.UTF_8);
    }

    /** The payload a record states, or empty when it is not a well-formed record of this version. */
    static Optional<CertificatePayload> parse(byte[] record) {
        String text = new String(record, StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), record)) {
            return Optional.empty();
        }
        String[] fields = text.split("\\|", -1);
        if (fields.length != 7 || !VERSION.equals(fields[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CertificatePayload(fields[1], fields[2], fields[3], LocalDate.parse(fields[4], DAY),
                    fields[5].isEmpty() ? null : LocalDate.parse(fields[5], DAY), fields[6]));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
