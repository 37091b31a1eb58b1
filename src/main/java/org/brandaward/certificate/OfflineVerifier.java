package org.brandaward.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.brandaward.shared.ClockConfiguration;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The offline check of a certificate's QR code, without the server and without Spring:
 * {@code java -jar brand-award.jar verify <payload-or-url> --keys keys.json}, where keys.json is the published
 * {@code /.well-known/brand-award-keys.json}. Prints "valid: …" or the reason; exit code 0 when valid, 1 otherwise
 * (also on wrong usage). It checks the signature and the signed validity; a revocation needs the server.
 */
public final class OfflineVerifier {

    private OfflineVerifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, Clock.system(ClockConfiguration.ZONE)));
    }

    /** Checks as {@link #main} does and returns the exit code. */
    public static int run(String[] args, PrintStream out, Clock clock) {
        String payload = null;
        Path keysFile = null;
        for (int i = 0; i < args.length; i++) {
            if ("--keys".equals(args[i]) && i + 1 < args.length) {
                keysFile = Path.of(args[++i]);
            } else if (payload == null && !args[i].startsWith("--")) {
                payload = args[i];
            } else {
                return usage(out);
            }
        }
        if (payload == null || keysFile == null) {
            return usage(out);
        }
        Map<String, PublicKey> keys;
        try {
            keys = readKeys(keysFile);
        } catch (IOException | RuntimeException e) {
            out.println("error: cannot read the keys in " + keysFile + ": " + e.getMessage());
            return 1;
        }
        PayloadSigning.Checked checked = PayloadSigning.check(payloadOf(payload), keys);
        switch (checked.check()) {
            case MALFORMED -> out.println("invalid: not a certificate payload of this system (malformed or altered)");
            case UNKNOWN_KEY -> out.println("invalid: signed with a key not in " + keysFile);
            case BAD_SIGNATURE -> out.println("invalid: the signature does not match (altered, or signed by another key)");
            case VALID -> {
                CertificatePayload p = checked.payload();
                String facts = p.number() + " holder " + p.creditCode() + " programme " + p.programmeId() + " valid from "
                        + p.validFrom() + (p.validUntil() == null ? " (no end date)" : " until " + p.validUntil()) + " key " + p.keyId();
                if (p.validUntil() != null && p.validUntil().isBefore(LocalDate.now(clock))) {
                    out.println("expired: " + facts);
                    return 1;
                }
                out.println("valid: " + facts);
                return 0;
            }
        }
        return 1;
    }

    /** The payload of a verify URL ({@code https://host/v/<payload>}), or the argument itself. */
    static String payloadOf(String argument) {
        String text = argument.strip();
        int at = text.lastIndexOf(CertificateVerification.VERIFY_PATH);
        if (at >= 0) {
            text = text.substring(at + CertificateVerification.VERIFY_PATH.length());
        }
        int end = text.indexOf('?') >= 0 ? text.indexOf('?') : text.indexOf('#');
        return end >= 0 ? text.substring(0, end) : text;
    }

    /** The keys of a published keys.json, by the key id computed from each key. */
    static Map<String, PublicKey> readKeys(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        List<PublicKey> keys = new ArrayList<>();
        for (JsonNode key : root.path("keys")) {
            if (key.hasNonNull("x")) {
                keys.add(PayloadSigning.fromRaw(key.get("x").asText()));
            } else if (key.hasNonNull("pem")) {
                keys.add(PayloadSigning.publicFromPem(key.get("pem").asText()));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no keys");
        }
        return PayloadSigning.byKeyId(keys);
    }

    private static int usage(PrintStream out) {
        out.println("usage: verify <payload-or-url> --keys keys.json   (keys.json from /.well-known/brand-award-keys.json)");
        return 1;
    }
}
