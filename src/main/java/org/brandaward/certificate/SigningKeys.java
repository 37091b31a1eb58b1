package org.brandaward.certificate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The certificate signing key and the public keys that still verify. The private key comes from
 * {@code brand-award.signing.key-file} (PKCS#8 PEM) or {@code brand-award.signing.key} (the PEM text, e.g. from the
 * environment variable {@code BRAND_AWARD_SIGNING_KEY}); with neither, one is generated on first start into
 * {@code brand-award.signing.directory} and reused. {@code brand-award.signing.previous-public-keys} lists PEM files or
 * directories of them: keys rotated out, whose payloads still verify.
 */
@Component
public class SigningKeys {

    static final String GENERATED_KEY = "signing-key.pem";
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final PrivateKey privateKey;
    private final PublicKey currentKey;
    private final String currentKeyId;
    /** Every key that verifies, by key id, the current one first. */
    private final Map<String, PublicKey> verifying;

    SigningKeys(@Value("${brand-award.signing.key-file:}") String keyFile,
                @Value("${brand-award.signing.key:}") String keyPem,
                @Value("${brand-award.signing.directory:data/signing}") Path directory,
                @Value("${brand-award.signing.previous-public-keys:}") List<String> previous) {
        this.privateKey = load(keyFile, keyPem, directory);
        this.currentKey = PayloadSigning.publicOf(privateKey);
        this.currentKeyId = PayloadSigning.keyId(currentKey);
        List<PublicKey> keys = new ArrayList<>();
        keys.add(currentKey);
        previous.stream().filter(s -> !s.isBlank()).map(s -> Path.of(s.strip())).forEach(p -> keys.addAll(publicKeysAt(p)));
        this.verifying = Collections.unmodifiableMap(PayloadSigning.byKeyId(keys));
        log.info("Certificates are signed with key {}; {} key(s) verify", currentKeyId, verifying.size());
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** Every public key that verifies, by key id, the current one first. */
    public Map<String, PublicKey> verifying() {
        return verifying;
    }

    /** The signed payload of {@code payload} (whose key id must be the current one). */
    String sign(CertificatePayload payload) {
        if (!currentKeyId.equals(payload.keyId())) {
            throw new IllegalArgumentException("payload names key " + payload.keyId() + ", signing key is " + currentKeyId);
        }
        return PayloadSigning.sign(payload, privateKey);
    }

    private static PrivateKey load(String keyFile, String keyPem, Path directory) {
        try {
            if (!keyFile.isBlank()) {
                return PayloadSigning.privateFromPem(Files.readString(Path.of(keyFile.strip()), StandardCharsets.US_ASCII));
            }
            if (!keyPem.isBlank()) {
                return PayloadSigning.privateFromPem(keyPem);
            }
            Path generated = directory.resolve(GENERATED_KEY);
            if (Files.exists(generated)) {
                return PayloadSigning.privateFromPem(Files.readString(generated, StandardCharsets.US_ASCII));
            }
            KeyPair pair = PayloadSigning.generate();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "signing-key", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own permissions protect it
            }
            Files.writeString(temporary, PayloadSigning.privatePem(pair.getPrivate()), StandardCharsets.US_ASCII);
            // A hard link appears whole or not at all and never replaces (a rename would replace a key another node
            // generated at the same moment, leaving two nodes signing with different keys): whoever links first wins.
            try {
                Files.createLink(generated, temporary);
            } catch (FileAlreadyExistsException e) {
                log.info("Another node generated the signing key {} first: using it", generated.toAbsolutePath());
                return PayloadSigning.privateFromPem(Files.readString(generated, StandardCharsets.US_ASCII));
            } finally {
                Files.delete(temporary);
            }
            log.warn("No certificate signing key configured: generated {} (key {})", generated.toAbsolutePath(),
                    PayloadSigning.keyId(pair.getPublic()));
            return pair.getPrivate();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the certificate signing key", e);
        }
    }

    private static List<PublicKey> publicKeysAt(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    return files.filter(f -> f.getFileName().toString().endsWith(".pem")).sorted()
                            .map(SigningKeys::readPublic).toList();
                }
            }
            return List.of(readPublic(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the previous public keys at " + path, e);
        }
    }

    private static PublicKey readPublic(Path file) {
        try {
            return PayloadSigning.publicFromPem(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
