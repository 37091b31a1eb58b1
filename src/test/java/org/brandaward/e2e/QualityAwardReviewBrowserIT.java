package org.brandaward.e2e;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.ProgrammeDescriptor.Quotas;
import org.brandaward.programme.Round;
import org.brandaward.review.Rubric;
import org.brandaward.review.RubricCatalog;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 山东省省长质量奖 expert review in the browser: five experts score the 23 items of GB/T 19580, one far above the
 * others, so the office opens a consensus in which that expert revises; the office sends the application to the site
 * review from the round's ranking, the site team scores, and the ranking shows the combined score within the quota.
 */
class QualityAwardReviewBrowserIT extends BrowserTest {

    static final int YEAR = 2049;

    @Autowired JdbcTemplate jdbc;
    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;
    @Autowired RubricCatalog rubrics;

    @Test
    void five_experts_score_a_flagged_application_revise_in_consensus_and_the_site_team_scores() {
        Round round = roundFixtures.round("sd-governor-quality-award", YEAR, new Quotas(3, null, null, null));
        organisationFixtures.applicantWithOrganisation("山东卓越电气有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm("卓越绩效管理"));
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        SignIn.out();
        Rubric rubric = rubrics.get("gbt-19580");

        try (Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1440, 900)).newPage()) {
            page.setDefaultTimeout(30_000);
            List<String> panel = experts(id, "DOCUMENT");
            assertThat(panel).hasSize(5);
            for (String expert : panel) {
                boolean generous = expert.equals(panel.get(4));
                declareAndScore(page, expert, id, rubric, generous ? "85" : "60");
            }

            openTask(page, "office", "OpenConsensus", id);
            assertThat(page.locator("#consensus-reason")).containsText("250");
            assertThat(page.locator("#score-matrix")).containsText("850");
            page.locator("#open-consensus").click();
            assertThat(page.locator("#inbox")).isVisible();
            signOut(page);

            for (String expert : panel) {
                openTask(page, expert, "Consensus", id);
                assertThat(page.locator("#score-matrix")).containsText("本人");
                assertThat(page.locator("#score-matrix")).not().containsText(panel.get(0));
                if (expert.equals(panel.get(4))) {
                    for (Rubric.Item item : rubric.items()) {
                        page.locator("#revise-" + item.id().replace('.', '-') + " input").fill("65");
                    }
                    page.locator("#confirm-consensus").click();
                    assertThat(page.locator("vaadin-notification-card").last()).containsText("修改评分须填写理由");
                    page.locator("#revision-reason textarea").fill("经合议，结果类指标的对比数据不足，下调评分");
                }
                page.locator("#confirm-consensus").click();
                assertThat(page.locator("#inbox")).isVisible();
                signOut(page);
            }

            signIn(page, "office");
            page.navigate(url("rounds/" + round.getId() + "/ranking"));
            // 600, 600, 600, 600 and 650 after the revision: one 600 and the 650 dropped, the mean 600.00.
            assertThat(page.locator("#ranking")).containsText("600.00");
            page.locator("#select-site-review").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("已确定现场评审名单：1件");
            signOut(page);

            List<String> team = experts(id, "SITE");
            assertThat(team).hasSize(3);
            for (String expert : team) {
                declareAndScore(page, expert, id, rubric, "70");
            }

            signIn(page, "office");
            page.navigate(url("rounds/" + round.getId() + "/ranking"));
            // document 600 x 40 % + site 700 x 60 % = 660.00
            assertThat(page.locator("#ranking")).containsText("660.00");
            assertThat(page.locator("#ranking")).containsText("质量奖（名额内）");
            signOut(page);
        }
    }

    private void declareAndScore(Page page, String expert, long id, Rubric rubric, String percent) {
        openTask(page, expert, "DeclareConflicts", id);
        page.locator("#declaration-accept").click();
        page.locator("#declaration-declare").click();
        assertThat(page.locator("#inbox")).isVisible();
        page.locator("#open-ScoreApplication-" + id).click();
        for (Rubric.Item item : rubric.items()) {
            page.locator("#item-" + item.id().replace('.', '-') + " input").fill(percent);
        }
        page.locator("#strengths-4-1-1 textarea").fill("高层领导亲自推动卓越绩效模式。");
        page.locator("#submit-score").click();
        assertThat(page.locator("#inbox")).isVisible();
        signOut(page);
    }

    private List<String> experts(long applicationId, String stage) {
        return jdbc.queryForList("""
                select e.username from expert_assignment a join expert e on e.id = a.expert_id
                where a.application_id = ? and a.stage = ? and a.status <> 'DECLINED' order by a.id""", String.class, applicationId, stage);
    }
}
