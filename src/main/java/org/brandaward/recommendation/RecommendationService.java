package org.brandaward.recommendation;

import org.brandaward.shared.Reasons;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.SupplementService;
import org.brandaward.organisation.Organisation;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;
import org.brandaward.programme.ProgrammeDescriptor.RecommendationLevel;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.RegionGroups;
import org.brandaward.workflow.InboxTask;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 推荐 — the county and city bureaus pass applications upward within their quotas, turn them down with a reason, or
 * return them for supplement; for quality awards the city also records the departments' opinions before its notice.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class RecommendationService {

    static final String CONSULTATION_TASK = "ConsultDepartments";

    private final ApplicationService applications;
    private final SupplementService supplements;
    private final OrganisationService organisations;
    private final RoundService rounds;
    private final RecommendationRepository recommendations;
    private final DepartmentOpinionRepository opinions;
    private final WorkflowService workflow;
    private final Clock clock;

    RecommendationService(ApplicationService applications, SupplementService supplements, OrganisationService organisations, RoundService rounds,
                          RecommendationRepository recommendations, DepartmentOpinionRepository opinions,
                          WorkflowService workflow, Clock clock) {
        this.applications = applications;
        this.supplements = supplements;
        this.organisations = organisations;
        this.rounds = rounds;
        this.recommendations = recommendations;
        this.opinions = opinions;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** Passes the application to the next level; refused when the bureau's quota of the round is used up. */
    @Transactional
    @PreAuthorize("hasRole('RECOMMENDER')")
    public void pass(String taskId, long applicationId) {
        RecommendationStep step = step(taskId, applicationId);
        Application application = applications.get(applicationId);
        if (step.recommends) {
            Round round = rounds.lockForQuota(application.getRoundId());
            String region = regionOf(application, step.level);
            if (quotaUsedUp(round, step.level, region, application.getApplicantKind())) {
                throw new RuleViolationException("recommendation.quotaFull", quotaOf(round, step.level, application.getApplicantKind()));
            }
            recommendations.save(new Recommendation(applicationId, round.getId(), step.level, region, true, null,
                    CurrentUser.requireUsername(), clock.instant()));
        }
        applications.recordStep(applicationId, step.expected, step.passedTo, step.passAction, null);
        workflow.complete(taskId, applicationId, Map.of(ProcessVariables.RECOMMENDED, true, ProcessVariables.SUPPLEMENT, false));
    }

    /** Turns the application down; the applicant reads the reason. */
    @Transactional
    @PreAuthorize("hasRole('RECOMMENDER')")
    public void turnDown(String taskId, long applicationId, String reason) {
        RecommendationStep step = step(taskId, applicationId);
        String why = Reasons.required(reason, "recommendation.reasonRequired");
        Application application = applications.get(applicationId);
        recommendations.save(new Recommendation(applicationId, application.getRoundId(), step.level,
                regionOf(application, step.level), false, why, CurrentUser.requireUsername(), clock.instant()));
        applications.recordStep(applicationId, step.expected, ApplicationStatus.NOT_RECOMMENDED, "NOT_RECOMMENDED", why);
        workflow.complete(taskId, applicationId, Map.of(ProcessVariables.RECOMMENDED, false, ProcessVariables.SUPPLEMENT, false));
    }

    /** 补正 — returns the application to the applicant to fix {@code parts}, as {@code items} explains. */
    @Transactional
    @PreAuthorize("hasRole('RECOMMENDER')")
    public void requestSupplement(String taskId, long applicationId, Set<FormSection> parts, String items) {
        step(taskId, applicationId);
        supplements.requestSupplement(taskId, applicationId, parts, items);
        workflow.complete(taskId, applicationId, Map.of(ProcessVariables.RECOMMENDED, false, ProcessVariables.SUPPLEMENT, true));
    }

    /**
     * 征求部门意见 — records every consulted department's answer ({@code findings}: null or blank for a clean record,
     * else what the department found, at most {@value DepartmentOpinion#FINDING_MAX} characters each), then starts the
     * city notice with the findings as its reason, or turns the application down with a reason.
     */
    @Transactional
    @PreAuthorize("hasRole('RECOMMENDER')")
    public void recordConsultation(String taskId, long applicationId, Map<Department, String> findings, boolean proceed, String reason) {
        InboxTask task = workflow.task(taskId);
        if (!task.key().equals(CONSULTATION_TASK) || task.applicationId() != applicationId) {
            throw new RuleViolationException("task.notFound");
        }
        String why = proceed ? null : Reasons.required(reason, "recommendation.reasonRequired");
        Map<Department, String> answers = new EnumMap<>(Department.class);
        for (Department department : Department.values()) {
            String finding = findings.get(department);
            if (finding != null && finding.strip().length() > DepartmentOpinion.FINDING_MAX) {
                throw new RuleViolationException("consultation.findingTooLong",
                        new DefaultMessageSourceResolvable("department." + department), DepartmentOpinion.FINDING_MAX, finding.strip().length());
            }
            answers.put(department, finding == null || finding.isBlank() ? null : finding.strip());
        }
        String username = CurrentUser.requireUsername();
        answers.forEach((department, finding) ->
                opinions.save(new DepartmentOpinion(applicationId, department, finding, username, clock.instant())));
        String issues = answers.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
        if (proceed) {
            applications.recordStep(applicationId, ApplicationStatus.CITY_REVIEW, ApplicationStatus.CITY_NOTICE, "CITY_NOTICE_STARTED",
                    issues.isEmpty() ? null : issues);
        } else {
            applications.recordStep(applicationId, ApplicationStatus.CITY_REVIEW, ApplicationStatus.NOT_RECOMMENDED, "NOT_RECOMMENDED", why);
        }
        workflow.complete(taskId, applicationId, Map.of(ProcessVariables.RECOMMENDED, proceed));
    }

    /** The departments' recorded answers on an application, in the order they were recorded. */
    public List<DepartmentOpinion> opinionsOn(long applicationId) {
        applications.requireReadable(applicationId);
        return opinions.findByApplicationIdOrderById(applicationId);
    }

    private RecommendationStep step(String taskId, long applicationId) {
        InboxTask task = workflow.task(taskId);
        if (task.applicationId() != applicationId) {
            throw new RuleViolationException("task.notFound");
        }
        return RecommendationStep.ofTask(task.key()).orElseThrow(() -> new RuleViolationException("task.notFound"));
    }

    /** A county recommends at most so many organisations and so many individuals; a city so many applications. */
    private boolean quotaUsedUp(Round round, RecommendationLevel level, String region, ApplicantKind kind) {
        Integer quota = quotaOf(round, level, kind);
        if (quota == null) {
            return false;
        }
        long used = level == RecommendationLevel.CITY
                ? recommendations.countByRoundIdAndLevelAndRegionAndRecommendedTrue(round.getId(), level, region)
                : recommendations.countRecommended(round.getId(), level, region, kind);
        return used >= quota;
    }

    private static Integer quotaOf(Round round, RecommendationLevel level, ApplicantKind kind) {
        if (level == RecommendationLevel.CITY) {
            return round.getQuotas().perCity();
        }
        return kind == ApplicantKind.INDIVIDUAL ? round.getQuotas().perCountyIndividuals() : round.getQuotas().perCountyOrganisations();
    }

    private String regionOf(Application application, RecommendationLevel level) {
        Organisation organisation = organisations.byIdUnchecked(application.getOrganisationId());
        return level == RecommendationLevel.COUNTY ? RegionGroups.county(organisation.getCountyCode())
                : RegionGroups.city(organisation.getCityCode());
    }
}
