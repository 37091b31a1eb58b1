package org.brandaward.certificate;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.PublicKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Open data of 证书查验: the same answer as the pages as JSON, and the public keys that verify certificate payloads
 * ({@code /.well-known/brand-award-keys.json}: kid, alg, the raw key as a JWK "OKP" {@code x}, and PEM).
 */
@RestController
class PublicVerifyApi {

    static final String KEYS_PATH = "/.well-known/brand-award-keys.json";

    private final CertificateVerification verification;
    private final SigningKeys keys;
    private final MessageSource messages;

    PublicVerifyApi(CertificateVerification verification, SigningKeys keys, MessageSource messages) {
        this.verification = verification;
        this.keys = keys;
        this.messages = messages;
    }

    @GetMapping(value = "/api/public/certificates/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> byNumber(@PathVariable String number, Locale locale) {
        return answer(verification.byNumber(number, locale), locale);
    }

    @GetMapping(value = "/api/public/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> byPayload(@RequestParam String payload, Locale locale) {
        return answer(verification.byPayload(payload, locale), locale);
    }

    @GetMapping(value = KEYS_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> keys() {
        List<Map<String, Object>> published = keys.verifying().entrySet().stream().map(e -> key(e.getKey(), e.getValue())).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(Map.of("keys", published));
    }

    private Map<String, Object> key(String kid, PublicKey key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kid", kid);
        json.put("kty", "OKP");
        json.put("crv", "Ed25519");
        json.put("alg", PayloadSigning.ALGORITHM);
        json.put("use", "sig");
        json.put("x", PayloadSigning.rawBase64url(key));
        json.put("pem", PayloadSigning.publicPem(key));
        json.put("current", kid.equals(keys.currentKeyId()));
        return json;
    }

    private ResponseEntity<Map<String, Object>> answer(CertificateVerification.Result result, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", result.state().name());
        if (result.known()) {
            json.put("number", result.number());
            json.put("organisationName", result.organisationName());
            json.put("creditCode", result.creditCode());
            json.put("programmeId", result.programmeId());
            json.put("programmeName", result.programmeName());
            json.put("issuedOn", result.issuedOn().toString());
            json.put("validFrom", result.validFrom().toString());
            json.put("validUntil", result.validUntil() == null ? null : result.validUntil().toString());
        }
        if (result.state() == CertificateVerification.State.REVOKED) {
            json.put("revokedOn", result.revokedOn().toString());
            json.put("revocationGround", result.revocationGround().name());
            json.put("revocationGroundName", messages.getMessage(result.revocationGround().messageKey(), null, locale));
            json.put("revocationDocumentNumber", result.revocationDocumentNumber());
        }
        HttpStatus status = switch (result.state()) {
            case VALID, EXPIRED, REVOKED, REMOVED -> HttpStatus.OK;
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            case SIGNATURE_INVALID -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).body(json);
    }
}
