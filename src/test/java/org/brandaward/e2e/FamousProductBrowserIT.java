package org.brandaward.e2e;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.security.SignIn;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.Round;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 山东名牌产品 end to end in Debian's Chromium against the running application: the office opens a round, an enterprise
 * signs up, registers its organisation, drafts and submits, its county and city bureaus recommend it, the office returns it for a supplement which the enterprise
 * answers, the office passes eligibility, five drawn experts declare and score, the office approves, and the
 * enterprise downloads its certificate. Then: Cockpit opens for the admin and for nobody else.
 */
class FamousProductBrowserIT extends BrowserTest {

    static final String ORGANISATION = "山东泰山啤酒股份有限公司";
    static final int YEAR = 2027;
    static final String ENTERPRISE = "taishan-beer";
    static final String ENTERPRISE_PASSWORD = "taishan-2026";
    static final String LEGAL_REPRESENTATIVE = "王五";
    static final String XINING_BUREAU = "xining-commerce";
    static final String XINING_ENTERPRISE = "yijia-bukhara";
    /** The smallest valid PNG: a 1×1 transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired JdbcTemplate jdbc;
    @Autowired RoundFixtures roundFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired UserAccountService accounts;

    @Test
    void an_enterprise_walks_from_application_to_certificate() throws Exception {
        try (Page page = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setLocale("en-US").setViewportSize(1440, 900)).newPage()) {
            page.setDefaultTimeout(30_000);

            signIn(page, "office");
            page.navigate(url("rounds"));
            page.locator("#round-programme").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("山东名牌产品")).click();
            page.locator("#round-year input").fill(Integer.toString(YEAR));
            page.locator("#open-round").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("批次已开启");
            long roundId = jdbc.queryForObject("select id from round where programme_id = ? and year = ?", Long.class,
                    RoundFixtures.PROGRAMME, YEAR);
            signOut(page);

            page.navigate(url("login"));
            page.locator("#to-signup").click();
            page.locator("#signup-username input").fill(ENTERPRISE);
            page.locator("#signup-display-name input").fill("王经理");
            page.locator("#signup-password input").fill(ENTERPRISE_PASSWORD);
            page.locator("#signup-password-confirmation input").fill(ENTERPRISE_PASSWORD);
            page.locator("#signup-email input").fill("wang@famous-product.example");
            page.locator("#signup-submit").click();
            page.waitForURL("**/login");
            signIn(page, ENTERPRISE, ENTERPRISE_PASSWORD);
            page.navigate(url("organisation"));
            page.locator("#credit-code input").fill("91350100M000100Y44");
            page.locator("#organisation-name input").fill(ORGANISATION);
            page.locator("#legal-representative input").fill(LEGAL_REPRESENTATIVE);
            pick(page, "province", "山东省");
            pick(page, "city", "济南市");
            pick(page, "county", "历下区");
            page.locator("#register-organisation").click();
            assertThat(page.locator("#credit-code")).containsText("校验位错误");
            String creditCode = OrganisationFixtures.newCreditCode();
            page.locator("#credit-code input").fill(creditCode);
            page.locator("#register-organisation").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("单位已登记");

            page.navigate(url("applications"));
            page.locator("#apply-round-" + roundId).click();
            page.waitForURL("**/applications/*/edit");
            assertThat(page.locator("#product-name input")).isEditable();
            page.locator("#product-name input").fill("泰山原浆啤酒");
            page.locator("#trademark input").fill("泰山");
            page.locator("#save-draft").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("草稿已保存");
            long applicationId = jdbc.queryForObject("select id from application where product_name = ?", Long.class, "泰山原浆啤酒");
            page.reload();
            assertThat(page.locator("#product-name input")).hasValue("泰山原浆啤酒");
            Path licence = Files.createTempFile("trademark", ".pdf");
            Files.write(licence, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            page.locator("#attachment-upload input[type=file]").setInputFiles(
                    new FilePayload("商标注册证.pdf", "application/pdf", Files.readAllBytes(licence)));
            assertThat(page.locator("#attachments")).containsText("商标注册证.pdf");
            answerOrganisationProfile(page);
            page.locator("#product-since-year input").fill("1995");
            page.locator("#trademark-registration-no input").fill("第1234567号");
            answer(page, "trademark-disputed", false);
            answer(page, "spot-checks-passed-last3-years", true);
            fillFigures(page, YEAR - 3, YEAR - 1);
            pledgeAndSubmit(page, "已提交，待区县推荐");
            signOut(page);

            openTask(page, "county-recommender", "CountyRecommendation", applicationId);
            assertThat(page.locator("#panel-product-name")).hasText("泰山原浆啤酒");
            page.locator("#recommendation-pass").click();
            assertThat(page.locator("#inbox")).isVisible();
            signOut(page);
            openTask(page, "recommender", "CityReview", applicationId);
            page.locator("#recommendation-pass").click();
            assertThat(page.locator("#inbox")).isVisible();
            signOut(page);

            openTask(page, "office", "CheckEligibility", applicationId);
            assertThat(page.locator("#panel-product-name")).hasText("泰山原浆啤酒");
            assertThat(page.locator("#attachments")).containsText("商标注册证.pdf");
            page.locator("#supplement-parts vaadin-checkbox", new Page.LocatorOptions().setHasText("申报产品")).click();
            page.locator("#supplement-items textarea").fill("请填写商标注册证号");
            page.locator("#request-supplement").click();
            assertThat(page.locator("#inbox")).isVisible();
            signOut(page);

            signIn(page, ENTERPRISE, ENTERPRISE_PASSWORD);
            page.navigate(url("applications"));
            assertThat(page.locator("#my-applications")).containsText("请填写商标注册证号");
            page.locator("#supplement-" + applicationId).click();
            assertThat(page.locator("#supplement-notice")).containsText("请填写商标注册证号");
            assertThat(page.locator("#founded-year")).hasAttribute("readonly", "");
            page.locator("#trademark input").fill("泰山 第1234567号");
            pledgeAndSubmit(page, "已推荐至省，待资格审查");
            signOut(page);

            openTask(page, "office", "CheckEligibility", applicationId);
            assertThat(page.locator("#panel-product-name")).hasText("泰山原浆啤酒");
            page.locator("#eligibility-pass").click();
            assertThat(page.locator("#inbox")).isVisible();
            signOut(page);

            List<String> experts = jdbc.queryForList("""
                    select e.username from expert_assignment a join expert e on e.id = a.expert_id
                    where a.application_id = ? and a.status <> 'DECLINED'""", String.class, applicationId);
            assertThat(experts).hasSize(5);
            for (String expert : experts) {
                openTask(page, expert, "DeclareConflicts", applicationId);
                page.locator("#declaration-declare").click();
                assertThat(page.locator("#declaration-accept")).containsText("本人声明无利害关系并承诺保密");
                page.locator("#declaration-accept").click();
                page.locator("#declaration-declare").click();
                assertThat(page.locator("#inbox")).isVisible();
                page.locator("#open-ScoreApplication-" + applicationId).click();
                // Figures of 2024-2026: profit, tax and R&D equal to sales earn full points; sales barely grew.
                assertThat(page.locator("#item-benefit-profit input")).hasValue("8");
                assertThat(page.locator("#item-benefit-tax input")).hasValue("7");
                assertThat(page.locator("#item-development-rd input")).hasValue("10");
                assertThat(page.locator("#item-market-growth input")).hasValue("0");
                for (Map.Entry<String, String> item : Map.of("market-share", "12", "quality-spotChecks", "10",
                        "quality-certifications", "9", "quality-standards", "8", "development-patents", "4",
                        "satisfaction-survey", "13").entrySet()) {
                    page.locator("#item-" + item.getKey() + " input").fill(item.getValue());
                }
                page.locator("#strengths-quality-spotChecks textarea").fill("近三年监督抽查全部合格。");
                if (expert.equals(experts.get(0))) {
                    page.locator("#item-development-rd input").fill("9");
                    page.locator("#save-draft").click();
                    assertThat(page.locator("vaadin-notification-card").last()).containsText("公式得分为10分");
                    page.locator("#item-development-rd input").fill("10");
                    page.locator("#save-draft").click();
                    assertThat(page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("草稿已保存"))).isVisible();
                }
                page.locator("#submit-score").click();
                assertThat(page.locator("#inbox")).isVisible();
                signOut(page);
            }

            signIn(page, "office");
            page.navigate(url("rounds/" + roundId + "/ranking"));
            // market 12 + 0, quality 10 + 9 + 8, benefit 8 + 7, development 10 + 4, satisfaction 13 = 81
            assertThat(page.locator("#ranking")).containsText("81.00");
            signOut(page);
            // The round's committee, notice and list approval in the browser: RoundDecisionBrowserIT.
            publicationFixtures.decideRound(roundFixtures.round(RoundFixtures.PROGRAMME, YEAR, null), List.of(applicationId));

            signIn(page, ENTERPRISE, ENTERPRISE_PASSWORD);
            page.navigate(url("applications"));
            assertThat(page.locator("#my-applications")).containsText("已认定");
            Download download = page.waitForDownload(() -> page.locator("#certificate-" + applicationId).click());
            String number = jdbc.queryForObject("select number from certificate where application_id = ?", String.class, applicationId);
            assertThat(download.suggestedFilename()).isEqualTo(number + ".pdf");
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains(ORGANISATION, number, "泰山原浆啤酒", creditCode);
            }

            page.locator("#details-" + applicationId).click();
            assertThat(page.locator("#timeline")).containsText("资格审查通过");
            assertThat(page.locator("#timeline")).containsText("列入审定名单并发布");
            assertThat(page.locator("#timeline")).containsText("评审专家");
            assertThat(page.locator("#timeline")).not().containsText("expert");
            page.navigate(url("applications"));

            page.locator("#language-switch").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();
            assertThat(page.locator("#my-applications")).containsText("Recognised");
            signOut(page);
        }
    }

    /**
     * 青海老字号: an enterprise of 西宁市 applies with its proofs attached, the city commerce bureau asks for a supplement,
     * the enterprise fixes what was asked and resubmits, and the city recommends it to the province.
     */
    @Test
    void a_qinghai_time_honoured_brand_is_supplemented_at_the_city_and_reaches_the_province() throws Exception {
        Round round = roundFixtures.round("qh-time-honored-brand", YEAR, null);
        if (!SignIn.asEngine(() -> accounts.exists(XINING_BUREAU))) {
            SignIn.asEngine(() -> accounts.createRecommender(XINING_BUREAU, PASSWORD, "西宁市商务局", "630100"));
        }
        SignIn.asEngine(() -> accounts.create(XINING_ENTERPRISE, ENTERPRISE_PASSWORD, "马经理", Roles.APPLICANT));
        try (Page page = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1440, 900)).newPage()) {
            page.setDefaultTimeout(30_000);
            signIn(page, XINING_ENTERPRISE, ENTERPRISE_PASSWORD);
            page.navigate(url("organisation"));
            page.locator("#credit-code input").fill(OrganisationFixtures.newCreditCode());
            page.locator("#organisation-name input").fill("西宁伊佳布哈拉清真食品有限公司");
            page.locator("#legal-representative input").fill(LEGAL_REPRESENTATIVE);
            pick(page, "province", "青海省");
            pick(page, "city", "西宁市");
            pick(page, "county", "城中区");
            page.locator("#register-organisation").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("单位已登记");

            page.navigate(url("applications"));
            page.locator("#apply-round-" + round.getId()).click();
            page.locator("#product-name input").fill("手抓羊肉");
            page.locator("#save-draft").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("草稿已保存");
            long applicationId = jdbc.queryForObject("select id from application where product_name = ?", Long.class, "手抓羊肉");
            page.locator("#attachment-upload input[type=file]").setInputFiles(
                    new FilePayload("创立时间证明.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            assertThat(page.locator("#attachments")).containsText("创立时间证明.pdf");
            page.locator("#attachment-upload input[type=file]").setInputFiles(
                    new FilePayload("老店照片.png", "image/png", PNG));
            assertThat(page.locator("#attachments")).containsText("老店照片.png");
            answerOrganisationProfile(page);
            page.locator("#brand-founded-year input").fill("1951");
            page.locator("#founding-proof textarea").fill("1951年西宁市工商登记档案");
            page.locator("#main-business-since-year input").fill("1951");
            page.locator("#inherited-craft textarea").fill("清真手抓羊肉传统制作技艺");
            page.locator("#lineage textarea").fill("马氏三代传承");
            page.locator("#cultural-evidence textarea").fill("《西宁市志》记载");
            page.locator("#trademark input").fill("伊佳布哈拉");
            page.locator("#trademark-registration-no input").fill("第7654321号");
            answer(page, "trademark-disputed", false);
            fillFigures(page, YEAR - 5, YEAR - 1);
            pledgeAndSubmit(page, "待市级审核推荐");
            signOut(page);

            openTask(page, XINING_BUREAU, "CityReview", applicationId);
            assertThat(page.locator("#attachments")).containsText("老店照片.png");
            page.locator("#supplement-parts vaadin-checkbox", new Page.LocatorOptions().setHasText("老字号传承")).click();
            page.locator("#supplement-items textarea").fill("请写明传承产品的完整名称");
            page.locator("#request-supplement").click();
            assertThat(page.locator("#inbox")).isVisible();
            signOut(page);

            signIn(page, XINING_ENTERPRISE, ENTERPRISE_PASSWORD);
            page.navigate(url("applications"));
            page.locator("#supplement-" + applicationId).click();
            assertThat(page.locator("#supplement-notice")).containsText("请写明传承产品的完整名称");
            assertThat(page.locator("#founded-year")).hasAttribute("readonly", "");
            assertThat(page.locator("#figure-" + (YEAR - 1) + "-sales")).hasAttribute("readonly", "");
            page.locator("#product-name input").fill("伊佳布哈拉手抓羊肉");
            pledgeAndSubmit(page, "待市级审核推荐");
            signOut(page);

            openTask(page, XINING_BUREAU, "CityReview", applicationId);
            assertThat(page.locator("#panel-product-name")).hasText("伊佳布哈拉手抓羊肉");
            page.locator("#recommendation-pass").click();
            assertThat(page.locator("#inbox")).isVisible();
            signOut(page);

            signIn(page, XINING_ENTERPRISE, ENTERPRISE_PASSWORD);
            page.navigate(url("applications"));
            assertThat(page.locator("#my-applications")).containsText("已推荐至省，待资格审查");
            page.locator("#details-" + applicationId).click();
            assertThat(page.locator("#timeline")).containsText("退回补正");
            assertThat(page.locator("#timeline")).containsText("市级推荐至省");
            assertThat(page.locator("#timeline")).containsText("推荐单位");
            assertThat(page.locator("#timeline")).not().containsText(XINING_BUREAU);
            signOut(page);

            signIn(page, "office");
            page.navigate(url("tasks"));
            page.locator("#inbox-filter input").fill(Long.toString(applicationId));
            assertThat(page.locator("#open-CheckEligibility-" + applicationId)).isVisible();
        }
    }

    @Test
    void cockpit_opens_for_the_admin_and_is_refused_to_the_office() {
        try (Page page = browser.newContext().newPage()) {
            page.setDefaultTimeout(30_000);
            signIn(page, "office");
            Response refused = page.navigate(url("camunda/app/cockpit/default/"));
            assertThat(refused.status()).isEqualTo(403);
            page.navigate(url(""));
            signOut(page);

            signIn(page, "admin");
            List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            page.onResponse(r -> {
                if (r.status() >= 400) {
                    failures.add(r.status() + " " + r.url());
                }
            });
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    failures.add(m.text());
                }
            });
            page.locator("#cockpit-link").click();
            page.waitForURL("**/camunda/app/cockpit/default/**");
            try {
                // Cockpit's first visit loads its hundred-odd scripts cold: at a load of 13 on two cores that took over 30 s.
                assertThat(page.locator("body")).containsText("Processes",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
            } catch (AssertionError e) {
                throw new AssertionError("Cockpit did not render; failed requests and console errors: " + failures, e);
            }
        }
    }

    private static void answerOrganisationProfile(Page page) {
        page.locator("#founded-year input").fill("1988");
        answer(page, "registered-in-province", true);
        answer(page, "domestic-control", true);
        answer(page, "major-accident-last3-years", false);
        answer(page, "financial-violation-last3-years", false);
    }

    /** Picks 是 (the first choice) or 否 of a declaration. */
    private static void answer(Page page, String id, boolean yes) {
        page.locator("#" + id + " vaadin-radio-button").nth(yes ? 0 : 1).click();
    }

    private static void fillFigures(Page page, int firstYear, int lastYear) {
        for (int year = firstYear; year <= lastYear; year++) {
            for (String column : List.of("sales", "profit", "tax", "rd-spend")) {
                page.locator("#figure-" + year + "-" + column + " input").fill(Integer.toString(1_000_000 + year));
            }
        }
    }

    private void pledgeAndSubmit(Page page, String statusAfterwards) {
        page.locator("#pledge-accepted").click();
        page.locator("#pledge-signatory input").fill(LEGAL_REPRESENTATIVE);
        page.locator("#submit-application").click();
        assertThat(page.locator("#my-applications")).containsText(statusAfterwards);
    }
}
