package org.brandaward.application;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Attachments of applications: PDF, JPG or PNG by content, within the size limit, under a sanitised name; readable
 * by whoever may read the application, changed only by the applicant while the application is a draft. Each is
 * reached by its random public key. Under blind review (盲评) an expert reads only the attachments marked as carrying
 * no name of the applicant: the applicant declares the mark when attaching, the office may set or withdraw it.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class AttachmentService {

    public static final int NAME_MAX = 120;

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final ApplicationService applications;
    private final SupplementService supplements;
    private final AuditLog audit;
    private final Clock clock;
    private final DataSize maxSize;

    AttachmentService(AttachmentRepository attachments, AttachmentStore store, ApplicationService applications,
                      SupplementService supplements, AuditLog audit,
                      Clock clock, @Value("${brand-award.attachments.max-size}") DataSize maxSize) {
        this.attachments = attachments;
        this.store = store;
        this.applications = applications;
        this.supplements = supplements;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** Attaches a file not declared free of the applicant's name: experts under blind review will not see it. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Attachment attach(long applicationId, String fileName, byte[] content) {
        return attach(applicationId, fileName, content, false);
    }

    /**
     * Attaches a file; {@code anonymised} is the applicant's declaration that it carries no name of the applicant
     * (不含申报单位名称), which lets experts read it under blind review.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Attachment attach(long applicationId, String fileName, byte[] content, boolean anonymised) {
        Application application = supplements.ownWithEditableAttachments(applicationId);
        if (application.getStatus() == ApplicationStatus.DRAFT) {
            applications.requireRoundOpen(application);
        }
        String name = sanitisedName(fileName);
        if (content == null || content.length == 0) {
            throw new RuleViolationException("attachment.empty", name);
        }
        if (content.length > maxSize.toBytes()) {
            throw new RuleViolationException("attachment.tooLarge", name, maxSize.toMegabytes());
        }
        AttachmentType type = AttachmentType.detect(content)
                .orElseThrow(() -> new RuleViolationException("attachment.wrongType", name));
        if (!type.matchesName(name)) {
            throw new RuleViolationException("attachment.nameMismatch", name, type.name());
        }
        SafeContent.check(name, type, content);
        Attachment attachment = attachments.save(new Attachment(applicationId, name, type, content.length, sha256(content),
                store.write(content), anonymised, CurrentUser.requireUsername(), clock.instant()));
        audit.record(ApplicationService.AUDIT_TYPE, applicationId, "ATTACHMENT_ADDED", null, null,
                name + " sha256:" + attachment.getSha256() + (anonymised ? " anonymised" : ""));
        return attachment;
    }

    /**
     * The office sets or withdraws the mark that an attachment carries no name of the applicant: it checks the
     * applicant's declaration, as it guards the blind review. Audited on the application.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public Attachment markAnonymised(long attachmentId, boolean anonymised) {
        Attachment attachment = find(attachmentId);
        applications.requireReadable(attachment.getApplicationId());
        if (attachment.isAnonymised() != anonymised) {
            attachment.markAnonymised(anonymised);
            audit.record(ApplicationService.AUDIT_TYPE, attachment.getApplicationId(),
                    anonymised ? "ATTACHMENT_ANONYMISED" : "ATTACHMENT_NOT_ANONYMISED", null, null, attachment.getFileName());
        }
        return attachment;
    }

    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public void remove(long attachmentId) {
        Attachment attachment = find(attachmentId);
        Application application = supplements.ownWithEditableAttachments(attachment.getApplicationId());
        if (application.getStatus() == ApplicationStatus.DRAFT) {
            applications.requireRoundOpen(application);
        }
        attachments.delete(attachment);
        audit.record(ApplicationService.AUDIT_TYPE, attachment.getApplicationId(), "ATTACHMENT_REMOVED", null, null, attachment.getFileName());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                store.delete(attachment.getStorageKey());
            }
        });
    }

    /** The attachments the signed-in user may read: all of them, or under blind review the anonymised ones only. */
    public List<Attachment> of(long applicationId) {
        boolean blind = applications.readsBlind(applications.get(applicationId));
        return attachments.findByApplicationIdOrderById(applicationId).stream()
                .filter(a -> !blind || a.isAnonymised())
                .toList();
    }

    /**
     * The attachment of that public key and its bytes, for those allowed to read its application; under blind review
     * refused to the expert unless it is marked as carrying no name of the applicant. The caller closes the stream.
     */
    public AttachmentContent open(UUID publicKey) {
        Attachment attachment = attachments.findByPublicKey(publicKey)
                .orElseThrow(() -> new RuleViolationException("attachment.notFound"));
        Application application = applications.get(attachment.getApplicationId());
        if (!attachment.isAnonymised() && applications.readsBlind(application)) {
            throw new AccessDeniedException("attachment " + publicKey + " is not anonymised for blind review");
        }
        return new AttachmentContent(attachment, store.read(attachment.getStorageKey()));
    }

    public long maxSizeBytes() {
        return maxSize.toBytes();
    }

    /**
     * The name to show: no folders (a path is refused outright), no control or reserved characters, not too long, and
     * no invisible formatting characters: a right-to-left override (U+202E) or another direction mark would show
     * "report\u202Efdp.exe" as "reportexe.pdf", so those are dropped and the name reads in the order it is stored.
     */
    public static String sanitisedName(String fileName) {
        String visible = fileName == null ? "" : fileName.replaceAll("\\p{Cf}", "");
        if (visible.isBlank()) {
            throw new RuleViolationException("attachment.badName", "");
        }
        if (visible.contains("/") || visible.contains("\\") || visible.contains("..")) {
            throw new RuleViolationException("attachment.badName", visible.replaceAll("\\p{Cntrl}", "_"));
        }
        String cleaned = visible.strip().replaceAll("[\\p{Cntrl}<>:\"|?*]", "_");
        if (cleaned.length() > NAME_MAX) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot >= 0 && cleaned.length() - dot <= 6 ? cleaned.substring(dot) : "";
            int cut = NAME_MAX - extension.length();
            if (Character.isLowSurrogate(cleaned.charAt(cut))) {
                cut--; // never half a character outside the basic plane
            }
            cleaned = cleaned.substring(0, cut) + extension;
        }
        return cleaned;
    }

    private Attachment find(long attachmentId) {
        return attachments.findById(attachmentId).orElseThrow(() -> new RuleViolationException("attachment.notFound"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An attachment with its bytes. */
    public record AttachmentContent(Attachment attachment, InputStream bytes) {
    }
}
