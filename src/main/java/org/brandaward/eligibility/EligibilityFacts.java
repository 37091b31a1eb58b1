package org.brandaward.eligibility;

import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.organisation.CreditRecordService;
import org.brandaward.organisation.Organisation;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * The inputs of the eligibility tables for one application: the applicant's declarations and years from its form,
 * counted to the round's year, and what the system knows itself — an active credit listing, and a title of the same
 * programme within the re-application lock-out. Every input of every table is present, null when not declared.
 */
@Component
class EligibilityFacts {

    private final ApplicationService applications;
    private final OrganisationService organisations;
    private final CreditRecordService credit;
    private final RoundService rounds;

    EligibilityFacts(ApplicationService applications, OrganisationService organisations, CreditRecordService credit,
                     RoundService rounds) {
        this.applications = applications;
        this.organisations = organisations;
        this.credit = credit;
        this.rounds = rounds;
    }

    Map<String, Object> of(Application application) {
        Round round = rounds.get(application.getRoundId());
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        Organisation organisation = organisations.get(application.getOrganisationId());
        int year = round.getYear();
        Map<String, Object> facts = new HashMap<>();
        facts.put("applicantKind", application.getApplicantKind().name());
        facts.put("registeredInProvince", application.detail("registeredInProvince"));
        facts.put("yearsInOperation", yearsSince(application.detail("foundedYear"), year));
        facts.put("yearsProductMade", yearsSince(application.detail("productSinceYear"), year));
        facts.put("hasRegisteredTrademark", application.detail("trademarkRegistrationNo") != null);
        facts.put("trademarkDisputed", application.detail("trademarkDisputed"));
        facts.put("majorAccidentLast3Years", application.detail("majorAccidentLast3Years"));
        facts.put("spotChecksPassedLast3Years", application.detail("spotChecksPassedLast3Years"));
        facts.put("financialViolationLast3Years", application.detail("financialViolationLast3Years"));
        facts.put("domesticControl", application.detail("domesticControl"));
        facts.put("brandAgeYears", yearsSince(application.detail("brandFoundedYear"), year));
        facts.put("minimumBrandAge", programme.minimumBrandAge());
        facts.put("mainBusinessContinuousYears", yearsSince(application.detail("mainBusinessSinceYear"), year));
        facts.put("yearsOfQualityWork", application.detail("yearsOfQualityWork"));
        facts.put("creditListed", credit.activeVeto(organisation.getCreditCode()).isPresent());
        int lockout = programme.reapplicationLockoutYears();
        facts.put("withinLockout", lockout > 0
                && applications.recognisedBetween(organisation.getId(), programme.id(), year - lockout, year - 1));
        return facts;
    }

    private static Integer yearsSince(Object declaredYear, int roundYear) {
        return declaredYear instanceof Number since ? roundYear - since.intValue() : null;
    }
}
