package org.brandaward.sitevisit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Site visit photos on disk beside the application attachments (outside the web root), under a random key; a file
 * written in a transaction that rolls back is deleted again, as AttachmentStore does.
 */
@Component
class PhotoStore {

    private final Path directory;

    PhotoStore(@Value("${brand-award.attachments.directory}") Path attachments) {
        this.directory = attachments.toAbsolutePath().normalize().resolve("site-visits");
    }

    String write(byte[] content) {
        String key = UUID.randomUUID().toString();
        Path target = directory.resolve(key);
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, key, ".part");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store site visit photo " + key, e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(target);
                        } catch (IOException ignored) {
                            // an orphan file holds no record; nothing refers to it
                        }
                    }
                }
            });
        }
        return key;
    }

    InputStream read(String key) {
        try {
            return Files.newInputStream(directory.resolve(UUID.fromString(key).toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Site visit photo " + key + " is missing", e);
        }
    }
}
