package org.brandaward.organisation;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class OrganisationService {

    static final String AUDIT_TYPE = "ORGANISATION";

    private final OrganisationRepository organisations;
    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final Divisions divisions;

    OrganisationService(OrganisationRepository organisations, UserAccountRepository accounts, AuditLog audit, Clock clock,
                        Divisions divisions) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.divisions = divisions;
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
        requireText(form.getName(), Organisation.NAME_MAX, "organisation.name", true);
        requireText(form.getLegalRepresentative(), Organisation.LEGAL_REPRESENTATIVE_MAX, "organisation.legalRepresentative", true);
        requireText(form.getAddress(), Organisation.ADDRESS_MAX, "organisation.address", false);
        if (!divisions.isCounty(form.getCountyCode())) {
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

    /**
     * Organisations whose county is not known, for the admin to set: registered before regions were codes with a city
     * or county the migration could not match (their old text is kept), or before counties were asked.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Organisation> regionsToFix() {
        return organisations.findRegionsToFix();
    }

    /** The admin sets the county of an organisation, from the national list; the change is audited with the old text. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Organisation assignCounty(long organisationId, String countyCode) {
        if (!divisions.isCounty(countyCode)) {
            throw new RuleViolationException("organisation.regionRequired");
        }
        Organisation organisation = byIdUnchecked(organisationId);
        String before = organisation.getLegacyCity() == null ? String.valueOf(organisation.getDivisionCode())
                : organisation.getLegacyCity() + " " + (organisation.getLegacyCounty() == null ? "" : organisation.getLegacyCounty());
        organisation.assignCounty(countyCode);
        audit.record(AUDIT_TYPE, organisationId, "REGION_SET", null, countyCode, before.strip() + " → " + divisions.pathOf(countyCode));
        return organisation;
    }

    /**
     * 名称变更 — the office records the organisation's new registered name (the credit code stays), audited before →
     * after with the reason. Certificates keep the name they print until they are reissued.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public Organisation recordNameChange(long organisationId, String newName, String reason) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.length() > Organisation.NAME_MAX) {
            throw new RuleViolationException("organisation.renameInvalid", Organisation.NAME_MAX);
        }
        Organisation organisation = byIdUnchecked(organisationId);
        if (name.equals(organisation.getName())) {
            return organisation;
        }
        String before = organisation.getName();
        organisation.rename(name);
        audit.record(AUDIT_TYPE, organisationId, "RENAMED", before, name, reason);
        return organisation;
    }

    /** The organisation of the signed-in applicant, if it registered one. */
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<Organisation> currentOrganisation() {
        return Optional.ofNullable(currentAccount().getOrganisationId()).flatMap(organisations::findById);
    }

    /**
     * The organisation, for the office, the committee, the admin and the engine; for an applicant only its own.
     * Refused to everyone else: recommenders and experts read an organisation through an application they may read.
     */
    public Organisation get(long organisationId) {
        boolean granted = CurrentUser.isEngine() || CurrentUser.hasAnyRole(Roles.OFFICE, Roles.COMMITTEE, Roles.ADMIN)
                || CurrentUser.hasRole(Roles.APPLICANT) && Long.valueOf(organisationId).equals(currentAccount().getOrganisationId());
        if (!granted) {
            throw new AccessDeniedException("organisation " + organisationId);
        }
        return byIdUnchecked(organisationId);
    }

    /** The organisation without the reader's check, for services that made their own. */
    public Organisation byIdUnchecked(long organisationId) {
        return organisations.findById(organisationId).orElseThrow(() -> new RuleViolationException("organisation.notFound"));
    }

    /** The organisation id of the signed-in applicant; refused when it has not registered one yet. */
    @PreAuthorize("hasRole('APPLICANT')")
    public long currentOrganisationId() {
        Long id = currentAccount().getOrganisationId();
        if (id == null) {
            throw new RuleViolationException("organisation.required");
        }
        return id;
    }

    private UserAccount currentAccount() {
        return accounts.findByUsernameIgnoreCase(CurrentUser.requireUsername())
                .orElseThrow(() -> new AccessDeniedException("no account"));
    }

    /** Refuses a blank required text and a text longer than its column, naming the field, before the database would. */
    private static void requireText(String value, int max, String labelKey, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new RuleViolationException("input.required", new DefaultMessageSourceResolvable(labelKey));
        }
        if (text.length() > max) {
            throw new RuleViolationException("input.tooLong", new DefaultMessageSourceResolvable(labelKey), max, text.length());
        }
    }
}
