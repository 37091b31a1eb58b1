package org.brandaward.notice;

import org.brandaward.workflow.ProcessVariables;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.IntegrationTest;
import org.brandaward.TestClock;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.TimelineEntry;
import org.brandaward.programme.Round;
import org.brandaward.recommendation.RecommendationService;
import org.brandaward.security.RegionGroups;
import org.brandaward.security.Roles;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.shared.RuleViolationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 公示 and 异议 against the real engine, database and web layer: the period across National Day 2026, objections
 * filed by the public, an undecided objection holding the notice, an upheld one removing its candidate, a dismissed
 * one answered through the objector's link, refusals, and what the public pages never show. Rounds of 2080–2084.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PublicNoticeIT {

    static final String OBJECTOR = "王小明";
    /** GB 11643's own example number. */
    static final String RESIDENT_ID = "11010519491231002X";
    static final String PHONE = "13800138000";
    static final Pattern LINK = Pattern.compile("/public/objections/(YY-\\d{4}-\\d{5})\\?key=([0-9a-f]{32})");
    static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired RoundFixtures roundFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired TestClock clock;
    @Autowired ApplicationService applications;
    @Autowired RecommendationService recommendations;
    @Autowired ObjectionService objections;
    @Autowired NoticeRepository notices;
    @Autowired NoticePeriods periods;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        clock.reset();
        SignIn.out();
    }

    @Test
    void a_period_in_working_days_counts_across_national_day_and_one_in_calendar_days_ends_on_a_working_day() {
        LocalDate monday = LocalDate.of(2026, 9, 28);
        // 09-29, 09-30, then 10-01 to 10-07 off, 10-08, 10-09, Saturday 10-10 worked, then two full weeks: 10-23
        NoticePeriod fifteenWorkingDays = SignIn.asEngine(() -> periods.from(monday, 15, true));
        assertThat(fifteenWorkingDays.firstDay()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(fifteenWorkingDays.lastDay()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(fifteenWorkingDays.timerDue()).isEqualTo(beijing(2026, 10, 24, 0, 0));

        // seven days end on 10-05, a holiday: the period runs to the first working day after it (民法典 第二百零三条)
        NoticePeriod sevenDays = SignIn.asEngine(() -> periods.from(monday, 7, false));
        assertThat(sevenDays.firstDay()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(sevenDays.lastDay()).isEqualTo(LocalDate.of(2026, 10, 8));
        // ten days (青海老字号) from 09-20 end on 09-30, a working day: no extension
        NoticePeriod tenDays = SignIn.asEngine(() -> periods.from(LocalDate.of(2026, 9, 20), 10, false));
        assertThat(tenDays.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void an_undecided_objection_holds_the_notice_and_an_upheld_one_takes_its_candidate_off_the_list() throws Exception {
        Round round = roundFixtures.round("sd-famous-product", 2080, null);
        long marked = submitted(round, "济南<b>老</b>字号有限公司", "<script>alert('x')</script>阿胶");
        long kept = submitted(round, "青岛啤酒厂有限公司", "黄河啤酒");
        long other = submitted(round, "烟台苹果有限公司", "红富士");
        openedOn(LocalDate.of(2026, 9, 28));
        ProcessInstance process = startProvincialNotice(round, marked + "," + kept + "," + other);
        Notice notice = notices.findAll().stream().filter(n -> n.getProcessInstanceId().equals(process.getId())).findFirst().orElseThrow();
        assertThat(notice.getFirstDay()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(notice.getLastDay()).as("seven days from 09-28 end on 10-05, a holiday, so on 10-08").isEqualTo(LocalDate.of(2026, 10, 8));
        Job timer = management.createJobQuery().processInstanceId(process.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(beijing(2026, 10, 9, 0, 0));

        clock.fixAt(LocalDateTime.of(2026, 10, 8, 21, 0).atZone(ClockConfiguration.ZONE));
        mvc.perform(get("/public/notices/{roundId}", round.getId()).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;阿胶")))
                .andExpect(content().string(containsString("济南&lt;b&gt;老&lt;/b&gt;字号有限公司")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("2026-09-29 至 2026-10-08")))
                .andExpect(content().string(containsString("/public/notices/" + round.getId() + "/objections/new")));

        String form = mvc.perform(get("/public/notices/{roundId}/objections/new", round.getId()).param("candidate", Long.toString(candidateOf(notice, kept)))
                        .with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("青岛啤酒厂有限公司 — 黄河啤酒")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;阿胶")))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).as("the candidate chosen on the notice page is preselected")
                .containsPattern("value=\"" + candidateOf(notice, kept) + "\"\\s+selected");

        String[] upheld = filed(round, candidateOf(notice, marked), "该企业阿胶产品2026年抽检不合格");
        assertThat(jdbc.queryForList("select e.file_name from objection_evidence e join objection o on o.id = e.objection_id where o.reference = ?",
                String.class, upheld[0])).containsExactly("检测报告.pdf");
        String[] dismissed = filed(round, candidateOf(notice, kept), "商标存在权属争议");

        for (String page : new String[] {"/public/notices", "/public/notices/" + round.getId()}) {
            mvc.perform(get(page).with(anonymous()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(OBJECTOR))))
                    .andExpect(content().string(not(containsString(RESIDENT_ID))))
                    .andExpect(content().string(not(containsString(PHONE))))
                    .andExpect(content().string(not(containsString("抽检不合格"))));
        }

        ClockUtil.setCurrentTime(beijing(2026, 10, 9, 0, 1));
        clock.fixAt(LocalDateTime.of(2026, 10, 9, 9, 0).atZone(ClockConfiguration.ZONE));
        SignIn.out();
        management.executeJob(timer.getId());
        assertThat(waitingAt(process.getId())).as("objections undecided after the period").containsExactly("AwaitObjectionsSettled");
        mvc.perform(objection(round, candidateOf(notice, other), "迟到的异议", "10.9.0.1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("该公示已结束，不再受理异议。")));

        SignIn.as("office", Roles.OFFICE);
        long dismissedId = idOf(dismissed[0]);
        objections.dismiss(dismissedId, "经核查，商标注册证有效，异议不成立。");
        assertThat(waitingAt(process.getId())).as("one objection still undecided").containsExactly("AwaitObjectionsSettled");
        assertThatThrownBy(() -> objections.uphold(dismissedId, "再次处理"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("objection.decided"));
        objections.uphold(idOf(upheld[0]), "经核查，抽检不合格属实，异议成立。");
        SignIn.out();

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .variableName(NoticeVariables.CANDIDATE_IDS).singleResult().getValue()).isEqualTo(kept + "," + other);
        mvc.perform(get("/public/notices/{roundId}", round.getId()).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("黄河啤酒")))
                .andExpect(content().string(not(containsString("阿胶"))));

        mvc.perform(get("/public/objections/{reference}", dismissed[0]).param("key", dismissed[1]).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("异议不成立")))
                .andExpect(content().string(containsString("经核查，商标注册证有效，异议不成立。")))
                .andExpect(content().string(not(containsString(OBJECTOR))));
        mvc.perform(get("/public/objections/{reference}", dismissed[0]).param("key", upheld[1]).with(anonymous()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("商标注册证"))));
        mvc.perform(get("/public/objections/{reference}", dismissed[0]).with(anonymous()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForList("select detail from audit_event where entity_type = 'OBJECTION'", String.class))
                .isNotEmpty().noneMatch(d -> d != null && (d.contains(RESIDENT_ID) || d.contains(OBJECTOR) || d.contains(PHONE)));
    }

    @Test
    void anonymous_objections_and_a_bad_check_digit_are_refused_and_nothing_is_stored() throws Exception {
        Round round = roundFixtures.round("sd-service-brand", 2082, null);
        long id = submitted(round, "潍坊风筝文化有限公司", "风筝博物馆服务");
        openedOn(LocalDate.of(2026, 9, 28));
        ProcessInstance process = startProvincialNotice(round, Long.toString(id));
        Notice notice = notices.findAll().stream().filter(n -> n.getProcessInstanceId().equals(process.getId())).findFirst().orElseThrow();
        clock.fixAt(LocalDateTime.of(2026, 9, 30, 9, 0).atZone(ClockConfiguration.ZONE));
        long candidate = candidateOf(notice, id);
        Integer before = jdbc.queryForObject("select count(*) from objection", Integer.class);
        Integer evidenceBefore = jdbc.queryForObject("select count(*) from objection_evidence", Integer.class);

        mvc.perform(objection(round, candidate, "理由", "10.8.0.1", "objectorName", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("匿名异议不予受理")));
        mvc.perform(objection(round, candidate, "理由", "10.8.0.2", "objectorName", "匿名"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("匿名异议不予受理")));
        mvc.perform(objection(round, candidate, "理由", "10.8.0.3", "idNumber", "110105194912310021"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("末位校验码正确")));
        mvc.perform(objection(round, candidate, "理由", "10.8.0.4", "contact", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写联系电话或电子邮箱")));
        mvc.perform(objection(round, candidate, " ", "10.8.0.5").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please state the grounds of the objection.")));
        mvc.perform(objection(round, candidate, "理由", "10.8.0.6")
                        .file(new MockMultipartFile("evidence", "proof.pdf", "application/pdf", "not a pdf".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("proof.pdf")));

        for (int i = 0; i < PublicNoticeController.OBJECTIONS_PER_HOUR; i++) {
            mvc.perform(objection(round, candidate, "理由", "10.8.1.1", "objectorName", "")).andExpect(status().isBadRequest());
        }
        mvc.perform(objection(round, candidate, "理由", "10.8.1.1"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("提交过于频繁")));

        assertThat(jdbc.queryForObject("select count(*) from objection", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from objection_evidence", Integer.class)).isEqualTo(evidenceBefore);
    }

    @Test
    void an_upheld_objection_in_the_city_notice_takes_a_quality_award_application_out_with_the_reason_on_its_timeline() throws Exception {
        Round round = roundFixtures.round("sd-governor-quality-award", 2081, null);
        long id = submitted(round, "淄博陶瓷有限公司", "卓越绩效");
        SignIn.asRecommender(RegionGroups.county(OrganisationFixtures.COUNTY));
        recommendations.pass(workflowFixtures.task(id, "CountyRecommendation"), id);
        SignIn.asRecommender(RegionGroups.city(OrganisationFixtures.CITY));
        recommendations.pass(workflowFixtures.task(id, "CityFirstCheck"), id);
        ClockUtil.setCurrentTime(beijing(2026, 9, 30, 10, 0));
        recommendations.recordConsultation(workflowFixtures.task(id, "ConsultDepartments"), id, Map.of(), true, null);
        SignIn.out();

        Notice notice = notices.findAll().stream().filter(n -> n.getScope() == Notice.Scope.CITY && n.getRoundId() == round.getId())
                .findFirst().orElseThrow();
        assertThat(notice.getCityCode()).isEqualTo(OrganisationFixtures.CITY);
        assertThat(notice.getLastDay()).as("five working days after 09-30").isEqualTo(LocalDate.of(2026, 10, 13));
        clock.fixAt(LocalDateTime.of(2026, 10, 12, 9, 0).atZone(ClockConfiguration.ZONE));
        mvc.perform(get("/public/notices/{roundId}", round.getId()).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("济南市")))
                .andExpect(content().string(containsString("淄博陶瓷有限公司")));
        String[] filed = filed(round, candidateOf(notice, id), "该企业近三年发生重大质量事故");

        ClockUtil.setCurrentTime(beijing(2026, 10, 14, 0, 1));
        workflowFixtures.fireTimers(id);
        assertThat(applicationStatus(id)).as("held by the objection").isEqualTo(ApplicationStatus.CITY_NOTICE);

        long objectionId = idOf(filed[0]);
        SignIn.as("office", Roles.OFFICE);
        objections.requestResponse(objectionId, 3);
        SignIn.as(lastApplicant, Roles.APPLICANT);
        assertThat(objections.toAnswer()).singleElement().satisfies(asked -> {
            assertThat(asked.grounds()).isEqualTo("该企业近三年发生重大质量事故");
            assertThat(asked.due()).as("three working days after 10-12").isEqualTo(LocalDate.of(2026, 10, 15));
        });
        objections.respond(objectionId, "我公司近三年未发生重大质量事故。");
        SignIn.as("office", Roles.OFFICE);
        assertThat(objections.all()).filteredOn(h -> h.objection().getId() == objectionId).singleElement()
                .satisfies(h -> assertThat(h.objection().getResponse()).isEqualTo("我公司近三年未发生重大质量事故。"));
        objections.uphold(objectionId, "经核查，2025年曾发生重大质量事故，异议成立。");
        SignIn.out();

        assertThat(applicationStatus(id)).isEqualTo(ApplicationStatus.NOT_RECOMMENDED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id)).count()).as("both processes ended").isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(SignIn.asEngine(() -> applications.byIdUnchecked(id).getProcessInstanceId()))
                .activityId("NotRecommended").count()).isOne();
        java.util.List<TimelineEntry> timeline = SignIn.asEngine(() -> applications.timeline(id));
        assertThat(timeline).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("CITY_NOTICE_OBJECTION_UPHELD");
            assertThat(e.detail()).isEqualTo("经核查，2025年曾发生重大质量事故，异议成立。");
        });
        assertThat(timeline).noneMatch(e -> e.detail() != null && (e.detail().contains(OBJECTOR) || e.detail().contains(PHONE)));
    }

    private String lastApplicant;

    private long submitted(Round round, String organisation, String product) {
        lastApplicant = organisationFixtures.applicantWithOrganisation(organisation);
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm(product));
        SignIn.out();
        return id;
    }

    private void openedOn(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ClockConfiguration.ZONE).toInstant()));
        clock.fixAt(day.atTime(10, 0).atZone(ClockConfiguration.ZONE));
    }

    private ProcessInstance startProvincialNotice(Round round, String candidateIds) {
        return SignIn.asEngine(() -> runtime.startProcessInstanceByKey("public-notice", ProcessVariables.roundBusinessKey(round.getId()),
                Map.of(NoticeVariables.SCOPE, "PROVINCE", NoticeVariables.ROUND_ID, round.getId(), NoticeVariables.CANDIDATE_IDS, candidateIds)));
    }

    private long candidateOf(Notice notice, long applicationId) {
        return jdbc.queryForObject("select id from notice_candidate where notice_id = ? and application_id = ?", Long.class,
                notice.getId(), applicationId);
    }

    /** Files an objection through the public form; answers its reference and key from the page's link. */
    private String[] filed(Round round, long candidateId, String grounds) throws Exception {
        String page = mvc.perform(objection(round, candidateId, grounds, "10.7.0." + ADDRESSES.incrementAndGet())
                        .file(new MockMultipartFile("evidence", "检测报告.pdf", "application/pdf", "%PDF-1.4 report".getBytes())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).as(page).isTrue();
        return new String[] {link.group(1), link.group(2)};
    }

    /** The public form filled in by {@link #OBJECTOR}, with {@code overrides} as name, value pairs replacing fields. */
    private MockMultipartHttpServletRequestBuilder objection(Round round, long candidateId, String grounds, String address, String... overrides) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("candidateId", Long.toString(candidateId));
        fields.put("objectorName", OBJECTOR);
        fields.put("idType", "RESIDENT_ID");
        fields.put("idNumber", RESIDENT_ID);
        fields.put("contact", PHONE);
        fields.put("grounds", grounds);
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder request = multipart("/public/notices/{roundId}/objections", round.getId());
        fields.forEach(request::param);
        request.with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .with(anonymous())
                .with(csrf());
        return request;
    }

    private long idOf(String reference) {
        return jdbc.queryForObject("select id from objection where reference = ?", Long.class, reference);
    }

    private java.util.List<String> waitingAt(String processInstanceId) {
        return runtime.getActiveActivityIds(processInstanceId);
    }

    private ApplicationStatus applicationStatus(long id) {
        return SignIn.asEngine(() -> applications.get(id).getStatus());
    }

    private static Date beijing(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ClockConfiguration.ZONE).toInstant());
    }
}
