package org.brandaward.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Since when the sessions of an account are valid, as the accounts' database says (organisation/ answers it; security
 * imports no feature): empty when the account is disabled or gone, so none of its sessions is.
 */
public interface SessionValidity {

    Optional<Instant> sessionsValidFrom(String username);
}
