package org.brandaward.certificate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Ed25519 signing and checking of certificate payloads with the JDK's own provider, and the key formats (PEM, the raw
 * 32-byte public key of a JWK "OKP"). No Spring: the offline verifier uses it too.
 */
public final class PayloadSigning {

    public static final String ALGORITHM = "Ed25519";
    static final int SIGNATURE_LENGTH = 64;
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    /** Why a payload was refused, or {@code VALID}. */
    public enum Check { VALID, MALFORMED, UNKNOWN_KEY, BAD_SIGNATURE }

    /** The outcome of checking a payload: the facts it signs when its signature holds. */
    public record Checked(Check check, CertificatePayload payload) {
        public boolean valid() {
            return check == Check.VALID;
        }
    }

    private PayloadSigning() {
    }

    /** The signed payload, base64url without padding: the record and its signature by {@code key}. */
    public static String sign(CertificatePayload payload, PrivateKey key) {
        byte[] record = payload.record();
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(record);
            byte[] signed = Arrays.copyOf(record, record.length + SIGNATURE_LENGTH);
            System.arraycopy(signature.sign(), 0, signed, record.length, SIGNATURE_LENGTH);
            return BASE64URL.encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Checks a signed payload against the public keys by key id. */
    public static Checked check(String encoded, Map<String, PublicKey> keys) {
        byte[] signed;
        try {
            signed = BASE64URL_DECODER.decode(encoded == null ? "" : encoded.strip());
        } catch (IllegalArgumentException e) {
            return new Checked(Check.MALFORMED, null);
        }
        // Only the canonical encoding: a second spelling of the same bytes is a changed payload.
        if (signed.length <= SIGNATURE_LENGTH || !BASE64URL.encodeToString(signed).equals(encoded.strip())) {
            return new Checked(Check.MALFORMED, null);
        }
        byte[] record = Arrays.copyOf(signed, signed.length - SIGNATURE_LENGTH);
        byte[] signatureBytes = Arrays.copyOfRange(signed, record.length, signed.length);
        Optional<CertificatePayload> payload = CertificatePayload.parse(record);
        if (payload.isEmpty()) {
            return new Checked(Check.MALFORMED, null);
        }
        PublicKey key = keys.get(payload.get().keyId());
        if (key == null) {
            return new Checked(Check.UNKNOWN_KEY, null);
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(record);
            return signature.verify(signatureBytes) ? new Checked(Check.VALID, payload.get()) : new Checked(Check.BAD_SIGNATURE, null);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return new Checked(Check.BAD_SIGNATURE, null);
        }
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no Ed25519 in this JDK", e);
        }
    }

    /** The key id: the first 8 hex characters of the SHA-256 of the raw public key. */
    public static String keyId(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw(key)), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The raw 32-byte public key (JWK {@code x}). */
    public static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != X509_PREFIX.length + 32 || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    public static String rawBase64url(PublicKey key) {
        return BASE64URL.encodeToString(raw(key));
    }

    /** The public key of a raw 32-byte key given base64url (JWK {@code x}). */
    public static PublicKey fromRaw(String base64url) {
        byte[] raw = BASE64URL_DECODER.decode(base64url);
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes");
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, 32);
        return publicKey(encoded);
    }

    /** The public key of a private key (Ed25519 keys from the JDK carry no public half, so it is derived by signing). */
    public static PublicKey publicOf(PrivateKey key) {
        // PKCS#8 v2 ("OneAsymmetricKey") may hold the public key; v1 does not. Derive it through a fresh pair when absent.
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            var spec = factory.getKeySpec(key, java.security.spec.EdECPrivateKeySpec.class);
            return derive(spec.getBytes());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PublicKey derive(byte[] seed) throws GeneralSecurityException {
        // The JDK derives the public key when generating from a seed: a SecureRandom that yields exactly the seed.
        KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
        generator.initialize(new java.security.spec.NamedParameterSpec(ALGORITHM), new FixedRandom(seed));
        return generator.generateKeyPair().getPublic();
    }

    public static String privatePem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static PrivateKey privateFromPem(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 PKCS#8 private key", e);
        }
    }

    public static PublicKey publicFromPem(String pem) {
        return publicKey(der(pem, "PUBLIC KEY"));
    }

    /** Public keys by key id. */
    public static Map<String, PublicKey> byKeyId(Iterable<PublicKey> keys) {
        Map<String, PublicKey> byId = new LinkedHashMap<>();
        keys.forEach(k -> byId.putIfAbsent(keyId(k), k));
        return byId;
    }

    private static PublicKey publicKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + type + " in the PEM text");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    /** Hands out the given bytes once: the seed of {@link #derive}. */
    private static final class FixedRandom extends java.security.SecureRandom {
        private final byte[] seed;

        FixedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
