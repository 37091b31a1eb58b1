package org.brandaward.committee;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The committee's result sheet PDF of a meeting: the office, and the meeting's members, once the ballot is closed. */
@RestController
class ResultSheetDownloadController {

    private final CommitteeService committee;
    private final ResultSheetRenderer renderer;

    ResultSheetDownloadController(CommitteeService committee, ResultSheetRenderer renderer) {
        this.committee = committee;
        this.renderer = renderer;
    }

    @GetMapping("/committee/{meetingId}/result.pdf")
    ResponseEntity<byte[]> download(@PathVariable long meetingId) {
        byte[] pdf = renderer.render(committee.resultSheet(meetingId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("committee-result-" + meetingId + ".pdf").build().toString())
                .body(pdf);
    }
}
