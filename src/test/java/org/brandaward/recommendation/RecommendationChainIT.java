package org.brandaward.recommendation;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.review.ReviewFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.SupplementService;
import org.brandaward.audit.AuditEvent;
import org.brandaward.audit.AuditLog;
import org.brandaward.certificate.CertificateService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeCatalog;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;
import org.brandaward.programme.ProgrammeDescriptor.Quotas;
import org.brandaward.programme.Round;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.RegionGroups;
import org.brandaward.security.Roles;
import org.brandaward.workflow.ProcessVariables;
import org.brandaward.workflow.WorkflowService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 推荐: every programme's chain of county and city bureaus up to the province, with quotas, departments and notice. */
@IntegrationTest
class RecommendationChainIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String COUNTY = RegionGroups.county(OrganisationFixtures.COUNTY);
    static final String CITY = RegionGroups.city(OrganisationFixtures.CITY);
    @Autowired RoundFixtures roundFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired ProgrammeCatalog catalog;
    @Autowired ApplicationService applications;
    @Autowired SupplementService supplements;
    @Autowired RecommendationService recommendations;
    @Autowired EligibilityService eligibility;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired CertificateService certificates;
    @Autowired WorkflowService workflow;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired AuditLog audit;
    @Autowired MessageSource messages;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        SignIn.out();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sd-governor-quality-award", "hn-governor-quality-award", "sd-famous-product", "sd-service-brand",
            "hn-famous-product", "qh-famous-brand", "qh-time-honored-brand", "cn-time-honored-brand"})
    void a_submitted_application_of_every_programme_reaches_the_province_through_its_levels(String programmeId) {
        ProgrammeDescriptor programme = catalog.get(programmeId);
        long id = submitted(roundFixtures.round(programmeId, 2031, null), "申报-" + programmeId);
        boolean county = programme.recommendation().contains(ProgrammeDescriptor.RecommendationLevel.COUNTY);
        assertThat(status(id)).isEqualTo(county ? ApplicationStatus.COUNTY_REVIEW : ApplicationStatus.CITY_REVIEW);

        recommendationFixtures.toProvince(id);

        assertThat(status(id)).isEqualTo(ApplicationStatus.PROVINCIAL_REVIEW);
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).containsExactly("CheckEligibility");
        List<String> expected = new ArrayList<>(List.of("SUBMITTED"));
        if (county) {
            expected.add("COUNTY_RECOMMENDED");
        }
        if (programme.family() == ProgrammeDescriptor.Family.QUALITY_AWARD) {
            expected.addAll(List.of("CITY_CHECK_PASSED", "CITY_NOTICE_STARTED"));
        }
        expected.add("CITY_RECOMMENDED");
        assertThat(actions(id).stream().filter(a -> !a.equals("CREATED"))).containsExactlyElementsOf(expected);
    }

    @Test
    void one_more_than_the_county_quota_is_refused_with_a_message_and_stays_with_the_county() {
        Round round = roundFixtures.round("hn-famous-product", 2032, new Quotas(null, null, 1, null));
        long first = submitted(round, "湘绣");
        long second = submitted(round, "浏阳花炮");

        SignIn.asRecommender(COUNTY);
        recommendations.pass(workflowFixtures.task(first, "CountyRecommendation"), first);
        String task = workflowFixtures.task(second, "CountyRecommendation");
        assertThatThrownBy(() -> recommendations.pass(task, second))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("recommendation.quotaFull");
                    assertThat(e.getArguments()).containsExactly(1);
                });
        assertThat(status(second)).isEqualTo(ApplicationStatus.COUNTY_REVIEW);
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(second))).containsExactly("CountyRecommendation");
        assertThat(status(first)).isEqualTo(ApplicationStatus.CITY_REVIEW);
    }

    @Test
    void the_city_quota_counts_recommendations_to_the_province_and_a_turned_down_one_uses_no_place() {
        Round round = roundFixtures.round("qh-time-honored-brand", 2032, new Quotas(null, 1, null, null));
        long turnedDown = submitted(round, "青稞酒");
        long first = submitted(round, "藏毯");
        long second = submitted(round, "牦牛酸奶");

        SignIn.asRecommender(CITY);
        assertThatThrownBy(() -> recommendations.turnDown(workflowFixtures.task(turnedDown, "CityReview"), turnedDown, " "))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("recommendation.reasonRequired"));
        recommendations.turnDown(workflowFixtures.task(turnedDown, "CityReview"), turnedDown, "经营不满三十年");
        recommendations.pass(workflowFixtures.task(first, "CityReview"), first);
        String task = workflowFixtures.task(second, "CityReview");
        assertThatThrownBy(() -> recommendations.pass(task, second))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("recommendation.quotaFull"));

        assertThat(status(turnedDown)).isEqualTo(ApplicationStatus.NOT_RECOMMENDED);
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(turnedDown))).isEmpty();
        assertThat(status(first)).isEqualTo(ApplicationStatus.PROVINCIAL_REVIEW);
        assertThat(status(second)).isEqualTo(ApplicationStatus.CITY_REVIEW);
    }

    @Test
    void the_city_records_each_departments_opinion_and_its_notice_lasts_five_working_days_across_national_day() {
        long id = submitted(roundFixtures.round("sd-governor-quality-award", 2033, null), "质量管理");
        SignIn.asRecommender(COUNTY);
        recommendations.pass(workflowFixtures.task(id, "CountyRecommendation"), id);
        SignIn.asRecommender(CITY);
        recommendations.pass(workflowFixtures.task(id, "CityFirstCheck"), id);

        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 9, 30).atTime(10, 0).atZone(BEIJING).toInstant()));
        recommendations.recordConsultation(workflowFixtures.task(id, "ConsultDepartments"), id,
                Map.of(Department.TAXATION, "2024年曾补缴税款，已结清"), true, null);

        assertThat(status(id)).isEqualTo(ApplicationStatus.CITY_NOTICE);
        assertThat(SignIn.asEngine(() -> recommendations.opinionsOn(id))).hasSize(Department.values().length)
                .filteredOn(o -> !o.isClean()).singleElement()
                .satisfies(o -> {
                    assertThat(o.getDepartment()).isEqualTo(Department.TAXATION);
                    assertThat(o.getFinding()).isEqualTo("2024年曾补缴税款，已结清");
                });
        assertThat(lastAudit(id).getDetail()).isEqualTo("TAXATION: 2024年曾补缴税款，已结清");
        // the city notice is the public-notice process, called with the application's business key
        String noticeProcess = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id))
                .processDefinitionKey("public-notice").singleResult().getId();
        Job notice = management.createJobQuery().processInstanceId(noticeProcess).timers().singleResult();
        // 10-01 to 10-07 are days off and Saturday 10-10 is worked: the fifth working day after 09-30 is 10-13
        assertThat(notice.getDuedate()).isEqualTo(Date.from(LocalDate.of(2026, 10, 14).atStartOfDay(BEIJING).toInstant()));
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).isEmpty();

        SignIn.out();
        management.executeJob(notice.getId());
        SignIn.asRecommender(CITY);
        recommendations.pass(workflowFixtures.task(id, "CityRecommendation"), id);
        assertThat(status(id)).isEqualTo(ApplicationStatus.PROVINCIAL_REVIEW);
    }

    @Test
    void seven_department_findings_each_of_the_longest_length_are_kept_whole_and_one_longer_is_refused_naming_its_department() {
        long id = submitted(roundFixtures.round("sd-governor-quality-award", 2059, new Quotas(null, null, null, null)), "长文本质量");
        SignIn.asRecommender(COUNTY);
        recommendations.pass(workflowFixtures.task(id, "CountyRecommendation"), id);
        SignIn.asRecommender(CITY);
        recommendations.pass(workflowFixtures.task(id, "CityFirstCheck"), id);
        String task = workflowFixtures.task(id, "ConsultDepartments");
        Map<Department, String> findings = new EnumMap<>(Department.class);
        for (Department department : Department.values()) {
            findings.put(department, longest(department + "：近三年有记录。", DepartmentOpinion.FINDING_MAX));
        }

        Map<Department, String> oneTooLong = new EnumMap<>(findings);
        oneTooLong.put(Department.TAXATION, findings.get(Department.TAXATION) + "税");
        assertThatThrownBy(() -> recommendations.recordConsultation(task, id, oneTooLong, true, null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("consultation.findingTooLong");
                    assertThat(messages.getMessage(e.getMessageKey(), e.getArguments(), Locale.SIMPLIFIED_CHINESE))
                            .contains("税务", NumberFormat.getInstance(Locale.SIMPLIFIED_CHINESE).format(DepartmentOpinion.FINDING_MAX));
                });
        assertThat(SignIn.asEngine(() -> recommendations.opinionsOn(id))).as("nothing half-stored").isEmpty();

        recommendations.recordConsultation(task, id, findings, true, null);

        assertThat(status(id)).isEqualTo(ApplicationStatus.CITY_NOTICE);
        assertThat(SignIn.asEngine(() -> recommendations.opinionsOn(id))).hasSize(Department.values().length)
                .allSatisfy(o -> assertThat(o.getFinding()).isEqualTo(findings.get(o.getDepartment())));
        SignIn.asRecommender(CITY);
        String reason = applications.get(id).getDecisionReason();
        assertThat(lastAudit(id).getDetail()).isEqualTo(reason);
        assertThat(reason).contains(findings.values()).hasSizeGreaterThan(Department.values().length * DepartmentOpinion.FINDING_MAX);
    }

    /** {@code start} padded with one repeated character to exactly {@code length} characters. */
    static String longest(String start, int length) {
        return start + "查".repeat(length - start.length());
    }

    @Test
    void a_city_turning_an_application_down_after_the_consultation_needs_a_reason() {
        long id = submitted(roundFixtures.round("hn-governor-quality-award", 2033, null), "湖南质量");
        SignIn.asRecommender(COUNTY);
        recommendations.pass(workflowFixtures.task(id, "CountyRecommendation"), id);
        SignIn.asRecommender(CITY);
        recommendations.pass(workflowFixtures.task(id, "CityFirstCheck"), id);
        String task = workflowFixtures.task(id, "ConsultDepartments");
        Map<Department, String> findings = Map.of(Department.EMERGENCY_MANAGEMENT, "2025年发生一般生产安全事故");

        assertThatThrownBy(() -> recommendations.recordConsultation(task, id, findings, false, ""))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("recommendation.reasonRequired"));
        assertThat(SignIn.asEngine(() -> recommendations.opinionsOn(id))).as("nothing half-stored").isEmpty();

        recommendations.recordConsultation(task, id, findings, false, "近三年发生安全生产事故");
        assertThat(status(id)).isEqualTo(ApplicationStatus.NOT_RECOMMENDED);
        assertThat(endEvents(id)).containsExactly("NotRecommended");
    }

    @Test
    void a_supplement_asked_by_the_city_returns_the_application_to_the_city() {
        Round round = roundFixtures.round("qh-time-honored-brand", 2034, null);
        String applicant = organisationFixtures.applicantWithOrganisation("济南阿胶有限公司");
        long id = draftAndSubmit(round, "阿胶糕");
        SignIn.asRecommender(CITY);
        recommendations.requestSupplement(workflowFixtures.task(id, "CityReview"), id, EnumSet.of(FormSection.HERITAGE), "请写明传承产品全称");
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).containsExactly("SupplementApplication");

        SignIn.as(applicant, Roles.APPLICANT);
        var form = ApplicationFixtures.completeForm("东阿阿胶糕（古法）");
        supplements.resubmit(id, form);

        assertThat(status(id)).isEqualTo(ApplicationStatus.CITY_REVIEW);
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(id))).containsExactly("CityReview");
        SignIn.asRecommender(CITY);
        recommendations.pass(workflowFixtures.task(id, "CityReview"), id);
        assertThat(status(id)).isEqualTo(ApplicationStatus.PROVINCIAL_REVIEW);
    }

    @Test
    void another_citys_bureau_neither_sees_the_task_nor_reads_the_application() {
        long id = submitted(roundFixtures.round("qh-time-honored-brand", 2035, null), "青海湖裸鲤");
        SignIn.asRecommender(RegionGroups.city("630100"));
        assertThat(workflow.inbox()).noneMatch(t -> t.applicationId() == id);
        assertThatThrownBy(() -> applications.get(id)).isInstanceOf(AccessDeniedException.class);
        SignIn.asRecommender(RegionGroups.county("370104")); // 槐荫区, another county of 济南市
        assertThatThrownBy(() -> applications.get(id)).isInstanceOf(AccessDeniedException.class);
    }

    /** An organisation of 历下区 (370102) of 济南市 (370100): those two bureaus see it, no other does. */
    @Test
    void an_organisation_in_370102_is_seen_by_the_370100_and_370102_bureaus_and_by_no_other() {
        long id = submitted(roundFixtures.round("sd-governor-quality-award", 2036, null), "历下卓越");
        for (String group : List.of(RegionGroups.county("370102"), RegionGroups.city("370100"))) {
            SignIn.asRecommender(group);
            assertThat(applications.get(id).getId()).as(group).isEqualTo(id);
        }
        SignIn.asRecommender(RegionGroups.county("370102"));
        assertThat(workflow.inbox()).anyMatch(t -> t.applicationId() == id && t.key().equals("CountyRecommendation"));
        for (String group : List.of(RegionGroups.county("370103"), RegionGroups.city("370200"), RegionGroups.county("370202"),
                RegionGroups.county("370402"), RegionGroups.city("430100"), "CITY:济南市", "COUNTY:济南市/历下区")) {
            SignIn.asRecommender(group);
            assertThat(workflow.inbox()).as(group).noneMatch(t -> t.applicationId() == id);
            assertThatThrownBy(() -> applications.get(id)).as(group).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.as("office", Roles.OFFICE);
        assertThat(SignIn.asEngine(() -> runtime.getVariables(applications.get(id).getProcessInstanceId())))
                .containsEntry(ProcessVariables.COUNTY_GROUP, "COUNTY:370102").containsEntry(ProcessVariables.CITY_GROUP, "CITY:370100");
    }

    @Test
    void the_national_time_honoured_brand_is_recommended_to_the_ministry_without_a_certificate() {
        Round round = roundFixtures.round("cn-time-honored-brand", 2035, null);
        long id = submitted(round, "百年老店");
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        reviewFixtures.reviewedByExperts(id, 86);
        SignIn.as("office", Roles.OFFICE);
        publicationFixtures.decideRound(round, List.of(id));

        assertThat(endEvents(id)).containsExactly("RecommendedUpward");
        assertThat(certificates.ofApplication(id)).isEmpty();
    }

    /** Registers a new applicant (signing out of the round's office session) and submits; leaves the test signed out. */
    private long submitted(Round round, String product) {
        organisationFixtures.applicantWithOrganisation(product + "有限公司");
        return draftAndSubmit(round, product);
    }

    private long draftAndSubmit(Round round, String product) {
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm(product));
        SignIn.out();
        return id;
    }

    private ApplicationStatus status(long id) {
        SignIn.as("office", Roles.OFFICE);
        try {
            return applications.get(id).getStatus();
        } finally {
            SignIn.out();
        }
    }

    /** The trail is read as the engine: the test is signed out between steps, and the trail is deny-by-default too. */
    private List<String> actions(long id) {
        return SignIn.asEngine(() -> audit.history(ApplicationService.AUDIT_TYPE, id)).stream().map(AuditEvent::getAction).toList();
    }

    private AuditEvent lastAudit(long id) {
        List<AuditEvent> events = SignIn.asEngine(() -> audit.history(ApplicationService.AUDIT_TYPE, id));
        return events.get(events.size() - 1);
    }

    private List<String> endEvents(long id) {
        String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id)).list().stream()
                .filter(p -> p.getSuperProcessInstanceId() == null && !p.getProcessDefinitionKey().equals("expert-review"))
                .findFirst().orElseThrow().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityType("noneEndEvent").list()
                .stream().map(HistoricActivityInstance::getActivityId).toList();
    }
}
