package org.brandaward.review;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.ApplicationStatus;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.Quotas;
import org.brandaward.programme.ProgrammeSetting;
import org.brandaward.programme.ProgrammeSettings;
import org.brandaward.programme.Round;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.publication.PublicationService;
import org.brandaward.security.Roles;
import org.brandaward.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 湖南省省长质量奖: the best of a round go to a site review by a drawn team; the ranking combines both scores. */
@IntegrationTest
class SiteReviewIT {

    private static final String PROGRAMME = "hn-governor-quality-award";
    @Autowired RoundFixtures roundFixtures;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired ExpertDrawService draws;
    @Autowired ReviewService reviews;
    @Autowired RankingService rankings;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired ProgrammeSettings settings;
    @Autowired WorkflowService workflow;

    @AfterEach
    void restoreSettings() {
        SignIn.as("office", Roles.OFFICE);
        settings.change(PROGRAMME, Map.of(ProgrammeSetting.SITE_REVIEW_TOP_N, 15));
        SignIn.out();
    }

    @Test
    void the_top_of_the_round_is_reviewed_on_site_and_the_ranking_marks_the_quota() {
        Round round = roundFixtures.round(PROGRAMME, 2048, new Quotas(1, null, null, null));
        long strong = inExpertReview(round, "长沙精密制造有限公司");
        long weak = inExpertReview(round, "株洲轨道配件有限公司");
        reviewFixtures.reviewedByExperts(strong, 800);
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(strong))).as("waits for the site selection").isEmpty();
        assertThat(SignIn.asEngine(() -> workflow.waitsAt(strong, "AwaitSiteSelection"))).isTrue();

        SignIn.as("office", Roles.OFFICE);
        settings.change(PROGRAMME, Map.of(ProgrammeSetting.SITE_REVIEW_TOP_N, 1));
        assertThatThrownBy(() -> rankings.selectForSiteReview(round.getId()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("site.reviewNotClosed");
                    assertThat(e.getArguments()).containsExactly(1L);
                });
        reviewFixtures.reviewedByExperts(weak, 600);
        SignIn.as("office", Roles.OFFICE);
        assertThat(rankings.selectForSiteReview(round.getId())).containsExactly(strong);

        assertThat(SignIn.asEngine(() -> workflow.waitsAt(weak, PublicationService.AWAIT_OUTCOME))).as("not selected: on to the round's decision").isTrue();
        assertThatThrownBy(() -> rankings.selectForSiteReview(round.getId())).as("the list is drawn up once")
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("site.nothingToSelect"));
        assertThat(applications.byIdUnchecked(strong).getStatus()).isEqualTo(ApplicationStatus.SITE_REVIEW);
        assertThat(SignIn.asEngine(() -> workflow.openTaskKeys(strong))).hasSize(3).containsOnly("DeclareConflicts");
        List<ExpertAssignment> team = draws.assignments(strong).stream().filter(a -> a.getStage() == ReviewStage.SITE).toList();
        assertThat(team).hasSize(3).filteredOn(ExpertAssignment::isLeader).hasSize(1);

        reviewFixtures.scoredOnSite(strong, 900);
        SignIn.as("office", Roles.OFFICE);
        assertThat(applications.byIdUnchecked(strong).getStatus()).isEqualTo(ApplicationStatus.SITE_SCORED);
        // document 800 x 40 % + site 900 x 60 % = 320 + 540 = 860.00
        assertThat(reviews.combinedOf(strong)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("860.00"));

        List<RankingService.Ranked> ranking = rankings.ranking(round.getId());
        assertThat(ranking).extracting(RankingService.Ranked::applicationId).containsExactly(strong, weak);
        assertThat(ranking.get(0).withinQuota()).isTrue();
        assertThat(ranking.get(0).tier().id()).isEqualTo("award");
        assertThat(ranking.get(1).withinQuota()).isFalse();
        assertThat(ranking.get(1).tier().id()).isEqualTo("nomination");
        assertThat(ranking.get(1).combined()).isEqualByComparingTo("600.00");
        assertThat(ranking).allSatisfy(r -> assertThat(r.meanZ()).isNotNull());

        publicationFixtures.decideRound(round, List.of(strong));
        SignIn.as("office", Roles.OFFICE);
        assertThat(applications.byIdUnchecked(strong).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    }

    private long inExpertReview(Round round, String organisation) {
        organisationFixtures.applicantWithOrganisation(organisation);
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("卓越绩效"));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        return id;
    }
}
