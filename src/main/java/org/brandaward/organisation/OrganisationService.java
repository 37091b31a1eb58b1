package org.brandaward.organisation;

import org.brandaward.RuleViolationException;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class OrganisationService {

    static final String AUDIT_TYPE = "ORGANISATION";

    private final OrganisationRepository organisations;
    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, UserAccountRepository accounts, AuditLog audit, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers the signed-in applicant's organisation and links the account to it. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public Organisation register(OrganisationForm form) {
        UserAccount account = currentAccount();
        if (account.getOrganisationId() != null) {
            throw new RuleViolationException("organisation.alreadyRegistered");
        }
        CreditCode.Check check = CreditCode.check(CreditCode.normalise(form.getCreditCode()));
        if (check != CreditCode.Check.VALID) {
            throw new RuleViolationException(check.messageKey());
        }
        if (isBlank(form.getCity()) || isBlank(form.getCounty())) {
            throw new RuleViolationException("organisation.regionRequired");
        }
        if (organisations.existsByCreditCode(CreditCode.normalise(form.getCreditCode()))) {
            throw new RuleViolationException("organisation.creditCodeTaken");
        }
        Organisation organisation = organisations.save(new Organisation(form, clock.instant()));
        account.joinOrganisation(organisation.getId());
        audit.record(AUDIT_TYPE, organisation.getId(), "REGISTERED", null, organisation.getCreditCode(), organisation.getName());
        return organisation;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The organisation of the signed-in applicant, if it registered one. */
    public Optional<Organisation> currentOrganisation() {
        return Optional.ofNullable(currentAccount().getOrganisationId()).flatMap(organisations::findById);
    }

    /** Any organisation, for staff; an applicant only reads its own. */
    public Organisation get(long organisationId) {
        if (CurrentUser.hasRole(Roles.APPLICANT) && !Long.valueOf(organisationId).equals(currentAccount().getOrganisationId())) {
            throw new AccessDeniedException("organisation " + organisationId);
        }
        return organisations.findById(organisationId).orElseThrow(() -> new RuleViolationException("organisation.notFound"));
    }

    /** The organisation id of the signed-in applicant; refused when it has not registered one yet. */
    public long currentOrganisationId() {
        Long id = currentAccount().getOrganisationId();
        if (id == null) {
            throw new RuleViolationException("organisation.required");
        }
        return id;
    }

    private UserAccount currentAccount() {
        return accounts.findByUsername(CurrentUser.requireUsername())
                .orElseThrow(() -> new AccessDeniedException("no account"));
    }
}
