package org.brandaward.application;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/** Streams an attachment back to those allowed to read its application; the service checks, not this controller. */
@RestController
class AttachmentDownloadController {

    private final AttachmentService attachments;

    AttachmentDownloadController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long attachmentId) {
        AttachmentService.AttachmentContent content = attachments.open(attachmentId);
        Attachment attachment = content.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.getContentType()))
                .contentLength(attachment.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(content.bytes()));
    }
}
