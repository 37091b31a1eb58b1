package org.brandaward.sitevisit;

import org.brandaward.shared.RuleViolationException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/**
 * Streams a site visit photo by its random key to the office, the committee and the admin (the service checks); a
 * refusal answers in one sentence, as the other downloads do.
 */
@RestController
class SiteVisitPhotoController {

    private final SiteVisitService visits;

    SiteVisitPhotoController(SiteVisitService visits) {
        this.visits = visits;
    }

    @GetMapping("/site-visits/photos/{publicKey}")
    ResponseEntity<InputStreamResource> photo(@PathVariable UUID publicKey) {
        return visits.openPhoto(publicKey)
                .map(p -> ResponseEntity.ok().contentType(MediaType.parseMediaType(p.photo().mediaType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .header("X-Content-Type-Options", "nosniff")
                        .body(new InputStreamResource(p.bytes())))
                .orElseThrow(() -> new RuleViolationException("download.unavailable")); // as a photo refused: 404, one sentence
    }
}
