package org.brandaward.organisation;

import org.brandaward.security.SessionValidity;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** The sessions' check reads the account: disabled or gone, no session is valid; else those since its last change. */
@Component
class AccountSessionValidity implements SessionValidity {

    private final UserAccountRepository accounts;

    AccountSessionValidity(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Instant> sessionsValidFrom(String username) {
        return accounts.findByUsernameIgnoreCase(username).filter(UserAccount::isEnabled)
                .map(account -> account.getSessionsValidFrom().orElse(Instant.EPOCH));
    }
}
