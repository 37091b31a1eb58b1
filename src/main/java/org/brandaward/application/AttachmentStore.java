package org.brandaward.application;

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
 * The bytes of attachments, on disk under a random key (never the applicant's file name), outside the web root.
 * A file written inside a transaction that rolls back is deleted again, so a failed upload leaves nothing behind.
 */
@Component
class AttachmentStore {

    private final Path directory;

    AttachmentStore(@Value("${brand-award.attachments.directory}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** Writes the bytes and returns their storage key. */
    String write(byte[] content) {
        String key = UUID.randomUUID().toString();
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), key, ".part");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store attachment " + key, e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(key);
                    }
                }
            });
        }
        return key;
    }

    InputStream read(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Attachment " + key + " is missing from " + directory, e);
        }
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String key) {
        return Files.exists(path(key));
    }

    // Two levels of folders from the key keep any one folder small.
    private Path path(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key);
    }
}
