package org.brandaward.review;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The feedback report PDF of an application: its own applicant once released, the office and the admin any time. */
@RestController
class FeedbackReportDownloadController {

    private final FeedbackReportService reports;

    FeedbackReportDownloadController(FeedbackReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/feedback/{applicationId}.pdf")
    ResponseEntity<byte[]> download(@PathVariable long applicationId) {
        byte[] pdf = reports.pdf(applicationId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("feedback-report-" + applicationId + ".pdf").build().toString())
                .body(pdf);
    }
}
