package org.brandaward.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/**
 * 附件 — a file attached to an application; the bytes are in {@link AttachmentStore} under {@code storageKey}. Links
 * and downloads name it by its random {@code publicKey}, never by its sequential id, which anyone could count through.
 */
@Entity
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "public_key", nullable = false, unique = true, updatable = false)
    private UUID publicKey;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "storage_key", nullable = false, unique = true)
    private String storageKey;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    /** 不含申报单位名称 — the file shows no name of the applicant, so experts may read it under blind review. */
    @Column(nullable = false)
    private boolean anonymised;

    protected Attachment() {
    }

    Attachment(long applicationId, String fileName, AttachmentType type, long sizeBytes, String sha256, String storageKey,
               boolean anonymised, String uploadedBy, Instant uploadedAt) {
        // randomUUID draws from SecureRandom: 122 random bits, neither sequential nor guessable from other keys
        this.publicKey = UUID.randomUUID();
        this.applicationId = applicationId;
        this.fileName = fileName;
        this.contentType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.anonymised = anonymised;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    /** The key that names the attachment in links and downloads ({@code /attachments/<key>}). */
    public UUID getPublicKey() {
        return publicKey;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    String getStorageKey() {
        return storageKey;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public boolean isAnonymised() {
        return anonymised;
    }

    void markAnonymised(boolean anonymised) {
        this.anonymised = anonymised;
    }
}
