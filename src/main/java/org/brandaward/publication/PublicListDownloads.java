package org.brandaward.publication;

import org.brandaward.shared.RuleViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A published list's downloads (PDF, XLSX) and its open data (JSON), for everyone. An unpublished round is 404 on each,
 * with one plain sentence (see DownloadErrorAdvice). Only public facts: never a bonus, a score or a contact.
 */
@RestController
class PublicListDownloads {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PublicationService publications;
    private final ListDocuments documents;

    PublicListDownloads(PublicationService publications, ListDocuments documents) {
        this.publications = publications;
        this.documents = documents;
    }

    @GetMapping("/public/lists/{roundId:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("roundId") long roundId) {
        return file(documents.pdf(published(roundId)), MediaType.APPLICATION_PDF, "list-" + roundId + ".pdf");
    }

    @GetMapping("/public/lists/{roundId:\\d+}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable("roundId") long roundId) {
        return file(documents.xlsx(published(roundId)), XLSX, "list-" + roundId + ".xlsx");
    }

    @GetMapping(value = "/api/public/lists/{roundId:\\d+}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OpenList> json(@PathVariable("roundId") long roundId) {
        PublishedList list = published(roundId);
        return ResponseEntity.ok().cacheControl(PublicListPages.OPEN_DATA_CACHE).body(new OpenList(list.programmeId(), list.roundId(), list.year(), list.decisionNumber(), list.decisionDate(),
                list.entries().stream().map(e -> new OpenList.Entry(e.organisation(), e.creditCode(), e.subject(), e.cityCode(),
                        e.tier(), e.certificateNumber(), e.ministryRecognised(), e.ministryDecidedOn())).toList()));
    }

    /**
     * The open data of a list: the public facts only.
     *
     * @param round the round's id, as in the list's address
     */
    record OpenList(String programmeId, long round, int year, String decisionNumber, LocalDate decisionDate, List<Entry> entries) {

        /** {@code product} is the product, service or brand, or the person of an individual award. */
        record Entry(String organisation, String creditCode, String product, String cityCode, String tier, String certificateNumber,
                     Boolean ministryRecognised, LocalDate ministryDecidedOn) {
        }
    }

    private PublishedList published(long roundId) {
        return publications.published(roundId).orElseThrow(() -> new RuleViolationException("publication.notPublished"));
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
