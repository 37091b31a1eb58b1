package org.brandaward.certificate;

import org.brandaward.shared.RuleViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The certificate PDF of an application, for whoever may read that application (its own enterprise, staff). */
@RestController
class CertificateDownloadController {

    private final CertificateService certificates;

    CertificateDownloadController(CertificateService certificates) {
        this.certificates = certificates;
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
}
