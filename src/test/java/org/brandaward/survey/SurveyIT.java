package org.brandaward.survey;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.security.SignIn;
import org.brandaward.workflow.WorkflowFixtures;
import org.brandaward.IntegrationTest;
import org.brandaward.TestClock;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.application.ApplicationService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeSetting;
import org.brandaward.programme.ProgrammeSettings;
import org.brandaward.programme.Round;
import org.brandaward.review.ExpertDrawService;
import org.brandaward.review.ReviewService;
import org.brandaward.review.ReviewStage;
import org.brandaward.security.Roles;
import org.brandaward.shared.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The satisfaction survey of 山东名牌产品 rounds 2070-2072: import, consumer ratings and their limits, the figure scoring its item. */
@IntegrationTest
class SurveyIT {
    @Autowired RoundFixtures roundFixtures;
    @Autowired RecommendationFixtures recommendationFixtures;
    @Autowired WorkflowFixtures workflowFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired TestClock clock;
    @Autowired ApplicationService applications;
    @Autowired OrganisationService organisations;
    @Autowired SurveyService surveys;
    @Autowired RatingService ratings;
    @Autowired SatisfactionService satisfaction;
    @Autowired ProgrammeSettings settings;
    @Autowired EligibilityService eligibility;
    @Autowired ExpertDrawService draws;
    @Autowired ReviewService reviews;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
        SignIn.as("office", Roles.OFFICE);
        settings.change("sd-famous-product", Map.of(ProgrammeSetting.SATISFACTION_MINIMUM_RATINGS, 30));
        SignIn.out();
    }

    @Test
    void an_import_with_bad_rows_rejects_exactly_those_and_stores_nothing_until_confirmed_then_all_the_others() {
        Round round = roundFixtures.round(2070);
        long first = submitted(round, "泰山啤酒");
        String firstCode = creditCodeOf(first);
        long second = submitted(round, "黄河面粉");
        long third = submitted(round, "沂蒙煎饼");
        SignIn.as("office", Roles.OFFICE);
        String csv = String.join("\n",
                "credit_code,application_number,sample_size,score",
                firstCode + ",,400,86.5",
                ",999999999,100,70",
                "," + second + ",0,80",
                "," + third + ",120,101",
                "," + second + ",150,75.25",
                firstCode + ",,300,90",
                "91370100MA00000000,,100,60",
                "," + third + ",abc,60");
        SurveyImport.Result preview = surveys.preview(round.getId(), "survey.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.rejected()).extracting(SurveyImport.Rejected::line, SurveyImport.Rejected::reasonKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "survey.reject.unknownApplication"),
                org.assertj.core.groups.Tuple.tuple(4, "survey.reject.sampleSize"),
                org.assertj.core.groups.Tuple.tuple(5, "survey.reject.scoreRange"),
                org.assertj.core.groups.Tuple.tuple(7, "survey.reject.duplicate"),
                org.assertj.core.groups.Tuple.tuple(8, "survey.reject.unknownCreditCode"),
                org.assertj.core.groups.Tuple.tuple(9, "survey.reject.sampleSize"));
        assertThat(preview.accepted()).extracting(SurveyImport.Accepted::line).containsExactly(2, 6);
        assertThat(surveys.resultCount(round.getId())).as("nothing stored by the preview").isZero();

        assertThatThrownBy(() -> surveys.confirm(round.getId(), "survey.csv", (csv + "\n").getBytes(StandardCharsets.UTF_8), preview.digest()))
                .as("another file than the previewed one").isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("survey.import.changed"));
        assertThat(surveys.resultCount(round.getId())).isZero();

        assertThat(surveys.confirm(round.getId(), "survey.csv", csv.getBytes(StandardCharsets.UTF_8), preview.digest())).isEqualTo(2);
        assertThat(surveys.resultCount(round.getId())).isEqualTo(2);
        SatisfactionFigure figure = satisfaction.figureOf(second);
        assertThat(figure.surveyScore()).isEqualByComparingTo("75.25");
        assertThat(figure.sampleSize()).isEqualTo(150);
        assertThat(figure.combined()).as("the survey alone").isEqualByComparingTo("75.25");
        SignIn.as("applicant", Roles.APPLICANT);
        assertThatThrownBy(() -> satisfaction.figureOf(second)).as("not the applicant's to read")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> surveys.preview(round.getId(), "survey.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignIn.as("office", Roles.OFFICE);

        String again = "credit_code,application_number,sample_size,score\n," + third + ",50,66\n";
        SurveyImport.Result replacing = surveys.preview(round.getId(), "again.csv", again.getBytes(StandardCharsets.UTF_8));
        surveys.confirm(round.getId(), "again.csv", again.getBytes(StandardCharsets.UTF_8), replacing.digest());
        assertThat(jdbc.queryForList("select application_id from survey_result where round_id = ?", Long.class, round.getId()))
                .as("a re-import replaces the round's results").containsExactly(third);
        assertThat(jdbc.queryForList("select action from audit_event where entity_type = 'SURVEY_IMPORT' and entity_id = ? order by id",
                String.class, round.getId())).containsExactly("IMPORTED", "REPLACED");
    }

    @Test
    void an_xlsx_workbook_is_read_by_its_header_with_numbers_as_cells() throws Exception {
        Round round = roundFixtures.round(2070);
        long id = submitted(round, "日照绿茶");
        var out = new java.io.ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            String[] columns = {"application_number", "sample_size", "score"};
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(id);
            row.createCell(1).setCellValue(250);
            row.createCell(2).setCellValue(91.5);
            workbook.write(out);
        }
        SignIn.as("office", Roles.OFFICE);
        SurveyImport.Result preview = surveys.preview(round.getId(), "结果.xlsx", out.toByteArray());
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.accepted()).singleElement().satisfies(a -> {
            assertThat(a.applicationId()).isEqualTo(id);
            assertThat(a.sampleSize()).isEqualTo(250);
            assertThat(a.score()).isEqualByComparingTo("91.5");
        });
    }

    @Test
    void consumers_rate_once_per_browser_and_per_address_and_day_within_the_window_and_the_figure_counts_from_the_minimum() {
        Round round = roundFixtures.round(2071);
        long id = submitted(round, "德州扒鸡");
        SignIn.as("office", Roles.OFFICE);
        settings.change("sd-famous-product", Map.of(ProgrammeSetting.SATISFACTION_MINIMUM_RATINGS, 3));
        LocalDate today = LocalDate.now(clock);
        surveys.setWindow(round.getId(), today.plusDays(1), today.plusDays(3));
        UUID key = surveys.figuresOf(round.getId()).stream().filter(c -> c.applicationId() == id).findFirst().orElseThrow().publicKey();
        assertThat(key).isNotNull();
        SignIn.out();

        assertRefused(() -> ratings.rate(key, answers(5, 5, 5), "browser-1", "10.0.0.1"), "survey.rating.closed");
        assertThat(ratings.page(key).orElseThrow().open()).isFalse();
        clock.fixAt(ZonedDateTime.now(clock).plusDays(1));

        ratings.rate(key, answers(5, 5, 5), "browser-1", "10.0.0.1");
        assertRefused(() -> ratings.rate(key, answers(4, 4, 4), "browser-1", "10.0.0.2"), "survey.rating.alreadyFromBrowser");
        assertRefused(() -> ratings.rate(key, answers(4, 4, 4), "browser-2", "10.0.0.1"), "survey.rating.alreadyFromAddress");
        assertRefused(() -> ratings.rate(key, Map.of("quality", 6, "service", 3, "trust", 3), "browser-2", "10.0.0.2"), "survey.rating.answer");
        ratings.rate(key, answers(3, 3, 3), "browser-2", "10.0.0.2");

        RatingService.RatingPage page = ratings.page(key).orElseThrow();
        assertThat(page.ratings()).isEqualTo(2);
        assertThat(page.belowMinimum()).isTrue();
        SignIn.as("office", Roles.OFFICE);
        assertThat(satisfaction.figureOf(id).consumerScoreCounts()).as("below the minimum").isFalse();
        assertThat(satisfaction.figureOf(id).combined()).isNull();
        SignIn.out();

        clock.fixAt(ZonedDateTime.now(clock).plusDays(1));
        ratings.rate(key, answers(4, 4, 4), "browser-3", "10.0.0.1"); // the same address on another day
        assertThat(ratings.page(key).orElseThrow().belowMinimum()).isFalse();
        SignIn.as("office", Roles.OFFICE);
        SatisfactionFigure figure = satisfaction.figureOf(id);
        // answers 5, 3 and 4 map to 100, 50 and 75
        assertThat(figure.ratings()).isEqualTo(3);
        assertThat(figure.consumerScore()).isEqualByComparingTo("75");
        assertThat(figure.combined()).as("the consumers alone, at the minimum").isEqualByComparingTo("75");
        assertThat(jdbc.queryForObject("select count(*) from consumer_rating where address_hash like '10.%' or browser_hash like 'browser%'",
                Integer.class)).as("no raw address or token stored").isZero();
        SignIn.out();

        clock.fixAt(ZonedDateTime.now(clock).plusDays(2));
        assertRefused(() -> ratings.rate(key, answers(5, 5, 5), "browser-4", "10.0.0.4"), "survey.rating.closed");
    }

    @Test
    void the_rate_limit_per_address_refuses_a_flood() {
        Round round = roundFixtures.round(2071);
        long id = submitted(round, "烟台葡萄酒");
        SignIn.as("office", Roles.OFFICE);
        LocalDate today = LocalDate.now(clock);
        surveys.setWindow(round.getId(), today, today);
        UUID key = surveys.figuresOf(round.getId()).stream().filter(c -> c.applicationId() == id).findFirst().orElseThrow().publicKey();
        SignIn.out();
        for (int i = 0; i < RatingService.ATTEMPTS_PER_HOUR; i++) {
            int attempt = i;
            assertThatThrownBy(() -> ratings.rate(key, Map.of(), "flood-" + attempt, "10.9.9.9")).isInstanceOf(RuleViolationException.class);
        }
        assertRefused(() -> ratings.rate(key, answers(5, 5, 5), "flood-x", "10.9.9.9"), "survey.rating.tooMany");
    }

    @Test
    void the_satisfaction_item_is_scored_from_the_combined_figure_and_adjusted_only_with_a_reason() {
        Round round = roundFixtures.round(2072);
        long id = submitted(round, "潍坊风筝");
        recommendationFixtures.toProvince(id);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(workflowFixtures.task(id, "CheckEligibility"), id, true, null);
        String csv = "credit_code,application_number,sample_size,score\n," + id + ",300,80\n";
        surveys.confirm(round.getId(), "s.csv", csv.getBytes(StandardCharsets.UTF_8),
                surveys.preview(round.getId(), "s.csv", csv.getBytes(StandardCharsets.UTF_8)).digest());
        settings.change("sd-famous-product", Map.of(ProgrammeSetting.SATISFACTION_MINIMUM_RATINGS, 1));
        LocalDate today = LocalDate.now(clock);
        surveys.setWindow(round.getId(), today, today);
        UUID key = surveys.figuresOf(round.getId()).stream().filter(c -> c.applicationId() == id).findFirst().orElseThrow().publicKey();
        SignIn.out();
        ratings.rate(key, answers(3, 3, 3), "browser-a", "10.1.0.1"); // 50

        String expert = SignIn.asEngine(() -> draws.reviewers(id, ReviewStage.DOCUMENT)).get(0);
        SignIn.as(expert, Roles.EXPERT);
        draws.declare(id);
        // 80 x 70 % + 50 x 30 % = 71; 71 / 100 x 15 = 10.65 -> 11
        assertThat(satisfaction.figureOf(id).combined()).isEqualByComparingTo("71");
        assertThat(reviews.formulaScores(id)).containsEntry("satisfaction.survey", 11);
        assertRefused(() -> reviews.saveDraft(id, ReviewStage.DOCUMENT,
                java.util.List.of(new ReviewService.ItemEntry("satisfaction.survey", 13, null, null, null))),
                "review.adjustReasonRequired");
        reviews.saveDraft(id, ReviewStage.DOCUMENT,
                java.util.List.of(new ReviewService.ItemEntry("satisfaction.survey", 13, "测评样本偏少，参考投诉记录", null, null)));
        assertThat(reviews.ownSheet(id, ReviewStage.DOCUMENT).orElseThrow().item("satisfaction.survey"))
                .hasValueSatisfying(s -> assertThat(s.getFormula()).isEqualTo(11));
    }

    @Test
    void without_a_figure_the_satisfaction_item_is_left_to_the_expert() {
        Round round = roundFixtures.round(2072);
        long id = submitted(round, "章丘大葱");
        SignIn.as("office", Roles.OFFICE);
        assertThat(satisfaction.figureOf(id).combined()).isNull();
        assertThat(reviews.formulaScores(id)).doesNotContainKey("satisfaction.survey");
        assertThat(new SatisfactionFigure(new BigDecimal("90"), 10, null, 0, 30, 70).combined()).isEqualByComparingTo("90");
    }

    private long submitted(Round round, String product) {
        organisationFixtures.applicantWithOrganisation(product + "有限公司");
        long id = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(id, ApplicationFixtures.completeForm(product));
        SignIn.out();
        return id;
    }

    private String creditCodeOf(long applicationId) {
        return jdbc.queryForObject("select o.credit_code from application a join organisation o on o.id = a.organisation_id where a.id = ?",
                String.class, applicationId);
    }

    private static Map<String, Integer> answers(int quality, int service, int trust) {
        return Map.of("quality", quality, "service", service, "trust", trust);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
