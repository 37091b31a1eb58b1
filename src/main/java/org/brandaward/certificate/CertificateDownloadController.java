package org.brandaward.certificate;

import org.brandaward.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/** The certificate PDF of an application, for whoever may read that application (its own enterprise, staff). */
@RestController
class CertificateDownloadController {

    private final CertificateService certificates;
    private final MessageSource messages;

    CertificateDownloadController(CertificateService certificates, MessageSource messages) {
        this.certificates = certificates;
        this.messages = messages;
    }

    @GetMapping("/certificates/{applicationId}.pdf")
    ResponseEntity<byte[]> download(@PathVariable long applicationId) {
        String number = certificates.ofApplication(applicationId)
                .orElseThrow(() -> new RuleViolationException("certificate.notIssued")).getNumber();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(number + ".pdf").build().toString())
                .body(certificates.pdf(applicationId));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<String> notAvailable(RuleViolationException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(messages.getMessage(e.getMessageKey(), e.getArguments(), LocaleContextHolder.getLocale()));
    }
}
