package org.brandaward.review;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.Application;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.organisation.DemoAccounts;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.programme.ProgrammeDescriptor.Quotas;
import org.brandaward.programme.Round;
import org.brandaward.review.ExpertDrawService.Exclusion;
import org.brandaward.security.Roles;
import org.brandaward.workflow.WorkflowService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 抽取专家: random among the experts of the field, never a conflicted one, reproducible, replaced on decline. */
@IntegrationTest
class ExpertDrawIT {
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ApplicationService applications;
    @Autowired OrganisationService organisations;
    @Autowired UserAccountService accounts;
    @Autowired ExpertPoolService pool;
    @Autowired ExpertDrawService draws;
    @Autowired JdbcTemplate jdbc;
    @Autowired EligibilityService eligibility;
    @Autowired WorkflowService workflow;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    Application application;
    String creditCode;
    long own;
    long ownByName;
    long related;
    long sameCity;
    long noAccount;
    long otherField;
    final Set<Long> eligible = new HashSet<>();

    @BeforeEach
    void applicationAndPool() {
        Round round = roundFixtures.round("sd-governor-quality-award", 2044, new Quotas(null, null, null, null));
        organisationFixtures.applicantWithOrganisation("济南卓越制造有限公司");
        String code = organisations.currentOrganisation().orElseThrow().getCreditCode();
        creditCode = code;
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("卓越制造"));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        application = applications.get(id);

        own = expert("本单位专家", "370200", code, null, true, Family.QUALITY_AWARD);
        ownByName = expert("本单位专家（无代码）", "370200", null, null, true, Family.QUALITY_AWARD, "济南卓越制造有限公司");
        related = expert("关联专家", "370200", null, code, true, Family.QUALITY_AWARD);
        sameCity = expert("同城专家", OrganisationFixtures.CITY, null, null, true, Family.QUALITY_AWARD);
        noAccount = expert("无账号专家", "370600", null, null, false, Family.QUALITY_AWARD);
        otherField = expert("名牌专家", "370600", null, null, true, Family.FAMOUS_BRAND);
        for (String cityCode : List.of("370200", "370600", "370700", "370300", "371000", "371300")) {
            eligible.add(expert("专家" + cityCode, cityCode, null, null, true, Family.QUALITY_AWARD));
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void five_hundred_seeded_draws_never_pick_an_excluded_expert_and_reach_every_eligible_one() {
        ExpertDrawService.Candidates candidates = draws.candidates(application, ReviewStage.DOCUMENT);
        assertThat(candidates.excluded()).containsAllEntriesOf(Map.of(own, Exclusion.OWN_ORGANISATION, ownByName, Exclusion.OWN_ORGANISATION,
                related, Exclusion.DECLARED_RELATION, sameCity, Exclusion.SAME_CITY, noAccount, Exclusion.NO_ACCOUNT));
        assertThat(candidates.excluded()).doesNotContainKey(otherField);
        assertThat(candidates.eligible()).containsAll(eligible).doesNotContain(own, ownByName, related, sameCity, noAccount, otherField);

        Set<Long> everDrawn = new HashSet<>();
        for (long seed = 0; seed < 500; seed++) {
            List<Long> picked = ExpertDraw.pick(candidates.eligible(), seed, 5);
            assertThat(picked).hasSize(5).doesNotHaveDuplicates().doesNotContain(own, related, sameCity, noAccount, otherField);
            assertThat(ExpertDraw.pick(candidates.eligible(), seed, 5)).as("same seed, same experts").isEqualTo(picked);
            everDrawn.addAll(picked);
        }
        assertThat(everDrawn).containsAll(eligible);
    }

    @Test
    void a_draw_is_stored_with_its_seed_and_exclusions_replays_and_is_audited_with_the_exclusions_counted() {
        ExpertDraw draw = passEligibility();

        assertThat(draw.getDrawn()).hasSize(5).doesNotContain(own, related, sameCity, noAccount, otherField);
        assertThat(draw.replay()).isEqualTo(draw.getDrawn());
        assertThat(draws.assignments(application.getId())).extracting(ExpertAssignment::getExpertId)
                .containsExactlyElementsOf(draw.getDrawn());
        String detail = jdbc.queryForObject("select detail from audit_event where entity_type = 'EXPERT_DRAW' and entity_id = ?",
                String.class, draw.getId());
        assertThat(draw.getExclusions()).containsAllEntriesOf(Map.of(own, Exclusion.OWN_ORGANISATION, related, Exclusion.DECLARED_RELATION,
                sameCity, Exclusion.SAME_CITY, noAccount, Exclusion.NO_ACCOUNT));
        assertThat(detail).contains("seed " + draw.getSeed(), "drawn " + draw.getDrawn(), "excluded " + draw.getExclusions().size() + ": ",
                "OWN_ORGANISATION ", "DECLARED_RELATION ", "SAME_CITY ", "NO_ACCOUNT ");
    }

    @Test
    void a_draw_from_a_pool_of_three_hundred_more_experts_all_passed_over_is_stored_whole_and_audited_in_summary() {
        // None of them has an account, so no other test's draw can pick them; 100 are also related to the applicant
        // and 100 live in its city, so each reason is recorded for a hundred.
        SignIn.as("office", Roles.OFFICE);
        Map<Long, Exclusion> added = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            added.put(expert("关联专家" + i, "370200", null, creditCode, false, Family.QUALITY_AWARD), Exclusion.DECLARED_RELATION);
            added.put(expert("同城专家" + i, OrganisationFixtures.CITY, null, null, false, Family.QUALITY_AWARD), Exclusion.SAME_CITY);
            added.put(expert("无账号专家" + i, "370600", null, null, false, Family.QUALITY_AWARD), Exclusion.NO_ACCOUNT);
        }
        // An entry from before regions were codes whose city matched none: it might be the applicant's city.
        long cityToFix = jdbc.queryForObject("insert into expert (name, legacy_city, employer, created_at)"
                + " values ('旧录入专家', '青岛', '某大学', now()) returning id", Long.class);
        jdbc.update("insert into expert_field (expert_id, family) values (?, 'QUALITY_AWARD')", cityToFix);
        added.put(cityToFix, Exclusion.CITY_UNKNOWN);

        ExpertDraw draw = passEligibility();

        assertThat(draw.getDrawn()).hasSize(5).doesNotContainAnyElementsOf(added.keySet());
        assertThat(draw.replay()).isEqualTo(draw.getDrawn());
        assertThat(draws.draws(application.getId()).get(0).getExclusions()).as("as stored").containsAllEntriesOf(added)
                .containsEntry(own, Exclusion.OWN_ORGANISATION).containsEntry(sameCity, Exclusion.SAME_CITY);
        String detail = jdbc.queryForObject("select detail from audit_event where entity_type = 'EXPERT_DRAW' and entity_id = ?",
                String.class, draw.getId());
        assertThat(detail).as("a summary, not a list").hasSizeLessThan(300)
                .startsWith("application " + application.getId() + ", DOCUMENT, seed " + draw.getSeed() + ", drawn " + draw.getDrawn()
                        + ", excluded " + draw.getExclusions().size() + ": ");
        Map<Exclusion, Long> counts = new EnumMap<>(Exclusion.class);
        draw.getExclusions().values().forEach(reason -> counts.merge(reason, 1L, Long::sum));
        assertThat(counts.get(Exclusion.DECLARED_RELATION)).isGreaterThanOrEqualTo(101);
        assertThat(detail).contains("DECLARED_RELATION " + counts.get(Exclusion.DECLARED_RELATION),
                "SAME_CITY " + counts.get(Exclusion.SAME_CITY), "NO_ACCOUNT " + counts.get(Exclusion.NO_ACCOUNT));
    }

    @Test
    void an_expert_who_declines_with_a_reason_is_replaced_by_one_not_drawn_before() {
        ExpertDraw first = passEligibility();
        long decliner = first.getDrawn().get(0);
        SignIn.as(usernameOf(decliner), Roles.EXPERT);
        assertThatThrownBy(() -> draws.decline(application.getId(), " "))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("draw.declineReasonRequired"));

        draws.decline(application.getId(), "曾为该企业提供咨询服务");
        SignIn.as("office", Roles.OFFICE);
        ExpertDraw replacement = draws.draws(application.getId()).get(1);

        assertThat(replacement.getDrawn()).hasSize(1).doesNotContainAnyElementsOf(first.getDrawn());
        assertThat(replacement.getExclusions()).containsEntry(decliner, Exclusion.ALREADY_DRAWN);
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(application.getId()))).hasSize(5).containsOnly("DeclareConflicts");
        assertThat(draws.assignments(application.getId())).hasSize(6)
                .filteredOn(a -> a.getStatus() == ExpertAssignment.Status.DECLINED).singleElement()
                .satisfies(a -> assertThat(a.getDeclineReason()).isEqualTo("曾为该企业提供咨询服务"));
    }

    @Test
    void only_a_drawn_expert_declares_and_only_once() {
        ExpertDraw draw = passEligibility();
        String drawn = usernameOf(draw.getDrawn().get(1));
        SignIn.as(drawn, Roles.EXPERT);
        assertThat(draws.hasDeclared(application.getId())).isFalse();
        draws.declare(application.getId());
        assertThat(draws.hasDeclared(application.getId())).isTrue();
        assertThat(workflow.inbox()).filteredOn(t -> t.applicationId() == application.getId()).extracting(t -> t.key())
                .containsExactly("ScoreApplication");
        assertThatThrownBy(() -> draws.declare(application.getId()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("draw.notAssigned"));

        SignIn.as(usernameOf(own), Roles.EXPERT);
        assertThatThrownBy(() -> draws.declare(application.getId()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("draw.notAssigned"));
        assertThat(draws.hasDeclared(application.getId())).isFalse();
    }

    @Test
    void an_expert_who_does_not_answer_in_three_working_days_is_replaced_by_the_process() {
        ExpertDraw first = passEligibility();
        String silent = usernameOf(first.getDrawn().get(2));
        String reviewProcess = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(application.getId()))
                .processDefinitionKey("expert-review").variableValueEquals("expert", silent).singleResult().getId();
        Job deadline = management.createJobQuery().processInstanceId(reviewProcess).timers().singleResult();
        assertThat(deadline.getDuedate()).isAfter(new java.util.Date());

        SignIn.out();
        management.executeJob(deadline.getId());

        SignIn.as("office", Roles.OFFICE);
        assertThat(draws.assignments(application.getId())).hasSize(6)
                .filteredOn(a -> a.getStatus() == ExpertAssignment.Status.DECLINED).singleElement()
                .satisfies(a -> assertThat(a.getExpertId()).isEqualTo(first.getDrawn().get(2)));
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(application.getId()))).hasSize(5).containsOnly("DeclareConflicts");
        assertThat(draws.draws(application.getId())).hasSize(2);
    }

    @Test
    void a_decline_is_accepted_even_when_the_pool_has_no_one_left_and_the_empty_seat_is_audited() {
        passEligibility();
        while (!draws.candidates(application, ReviewStage.DOCUMENT).eligible().isEmpty()) {
            declineAsFirstReviewer("时间冲突");
        }
        List<String> before = SignIn.asEngine(() -> draws.reviewers(application.getId(), ReviewStage.DOCUMENT));
        String last = declineAsFirstReviewer("时间冲突");

        assertThat(SignIn.asEngine(() -> draws.reviewers(application.getId(), ReviewStage.DOCUMENT))).hasSize(before.size() - 1).doesNotContain(last);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'EXPERT_SEAT' and entity_id = ?",
                Integer.class, application.getId())).isEqualTo(1);
    }

    private String declineAsFirstReviewer(String reason) {
        String expert = SignIn.asEngine(() -> draws.reviewers(application.getId(), ReviewStage.DOCUMENT)).get(0);
        SignIn.as(expert, Roles.EXPERT);
        draws.decline(application.getId(), reason);
        SignIn.as("office", Roles.OFFICE);
        return expert;
    }

    @Test
    void too_small_a_pool_is_refused_and_nothing_is_drawn() {
        assertThatThrownBy(() -> draws.draw(application, ReviewStage.DOCUMENT, 10_000, 42L, false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("draw.notEnoughExperts"));
        assertThat(draws.draws(application.getId())).isEmpty();
        assertThat(draws.assignments(application.getId())).isEmpty();
    }

    /** The office passes eligibility; the process draws the experts. */
    private ExpertDraw passEligibility() {
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(application.getId(), "CheckEligibility"), application.getId(), true, null);
        return draws.draws(application.getId()).get(0);
    }

    private long expert(String name, String cityCode, String employerCode, String relatedCode, boolean account, Family field) {
        return expert(name, cityCode, employerCode, relatedCode, account, field, employerCode == null ? "某大学" : "济南卓越制造有限公司");
    }

    private long expert(String name, String cityCode, String employerCode, String relatedCode, boolean account, Family field,
                        String employer) {
        var form = new ExpertForm();
        form.setName(name);
        form.setCityCode(cityCode);
        form.setEmployer(employer);
        form.setEmployerCreditCode(employerCode);
        form.setRelatedCreditCodes(relatedCode);
        form.setFields(EnumSet.of(field));
        if (account) {
            String username = "draw-expert-" + System.nanoTime();
            SignIn.asEngine(() -> accounts.create(username, DemoAccounts.PASSWORD, name, Roles.EXPERT));
            form.setUsername(username);
        }
        return pool.save(null, form).getId();
    }

    private String usernameOf(long expertId) {
        return jdbc.queryForObject("select username from expert where id = ?", String.class, expertId);
    }
}
