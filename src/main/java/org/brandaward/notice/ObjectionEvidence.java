package org.brandaward.notice;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evidence file of an objection, kept in the database with it so that a refused objection leaves no file behind. */
@Entity
@Table(name = "objection_evidence")
public class ObjectionEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "objection_id", nullable = false)
    private long objectionId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false)
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected ObjectionEvidence() {
    }

    ObjectionEvidence(long objectionId, String fileName, String mediaType, byte[] content, String sha256) {
        this.objectionId = objectionId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public long getObjectionId() {
        return objectionId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    byte[] getContent() {
        return content;
    }
}
