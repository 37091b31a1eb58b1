package org.brandaward.publication;

import org.brandaward.certificate.ListedTiers;
import org.brandaward.security.KnownRolesOnly;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The tier of an application's entry on its round's approved list, for the certificate it is issued. Public like every
 * bean whose methods take an id (DenyByDefaultIT calls them).
 */
@Component
@KnownRolesOnly
@Transactional(readOnly = true)
public class DecidedTiers implements ListedTiers {

    private final RoundDecisionEntryRepository entries;

    DecidedTiers(RoundDecisionEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    @PreAuthorize("hasRole('OFFICE') or hasAuthority('ENGINE')")
    public Optional<String> tierOf(long applicationId) {
        return entries.findByApplicationId(applicationId).map(RoundDecisionEntry::getTier);
    }
}
