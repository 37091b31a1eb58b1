package org.brandaward.publication;

import org.brandaward.certificate.CertificateIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The published list's certificate number column, filled in the issuing transaction as the batch issues each one. */
@Component
class CertifiedEntries {

    private final RoundDecisionEntryRepository entries;

    CertifiedEntries(RoundDecisionEntryRepository entries) {
        this.entries = entries;
    }

    @EventListener
    void certified(CertificateIssued issued) {
        entries.findByApplicationId(issued.applicationId()).ifPresent(entry -> entry.certified(issued.number()));
    }
}
