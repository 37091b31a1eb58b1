package org.brandaward.application;

import org.brandaward.shared.RuleViolationException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Streams an attachment, named by its random public key, back to those allowed to read it; the service checks, not
 * this controller. Anything that is not a key (such as a sequential id) finds nothing.
 */
@RestController
class AttachmentDownloadController {

    private final AttachmentService attachments;

    AttachmentDownloadController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/attachments/{publicKey}")
    ResponseEntity<InputStreamResource> download(@PathVariable String publicKey) {
        AttachmentService.AttachmentContent content = attachments.open(parse(publicKey));
        Attachment attachment = content.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.getContentType()))
                .contentLength(attachment.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(content.bytes()));
    }

    // Not a UUID in its canonical form: refused as not found (404), like a key that names no attachment.
    private static UUID parse(String publicKey) {
        try {
            UUID key = UUID.fromString(publicKey);
            if (key.toString().equalsIgnoreCase(publicKey)) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        throw new RuleViolationException("attachment.notFound");
    }
}
