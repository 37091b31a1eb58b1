package org.brandaward.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.brandaward.committee.CommitteeService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.publication.PublicationService;
import org.brandaward.security.Roles;
import org.brandaward.security.SignIn;
import org.brandaward.organisation.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back half of a 山东名牌产品 round in Debian's Chromium (issue 12): three reviewed applications wait for the
 * decision; the office opens the consumer rating window and a visitor rates one candidate (a second rating from the
 * same browser is refused); the office starts the decision, a committee of three approves all three, the office
 * closes the ballot and signs the result off; during the public notice a visitor files two objections, the office
 * dismisses one (the objector reads the reason through the reference link) and upholds the other; after the notice
 * the office approves the two left with the document number, and a visitor without an account finds the published
 * list and downloads its PDF and XLSX.
 */
class RoundDecisionBrowserIT extends BrowserTest {

    static final int YEAR = 2090;
    static final String DECISION_NUMBER = "鲁政字〔2090〕12号";
    static final String[] ORGANISATIONS = {"二〇九〇甲号酿造有限公司", "二〇九〇乙号纺织有限公司", "二〇九〇丙号机械有限公司"};
    static final String[] PRODUCTS = {"甲号酱油", "乙号毛巾", "丙号机床"};
    static final String DISMISSAL = "经核查，该单位近三年监督抽查均合格，异议不成立。";
    /** The Vaadin date pickers run in zh-CN, whose format is year/month/day. */
    static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy/M/d");

    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired PublicationFixtures publicationFixtures;
    @Autowired Clock clock;

    @Test
    void consumers_rate_the_committee_votes_the_notice_runs_and_a_visitor_downloads_the_published_list() throws Exception {
        Round round = roundFixtures.round(RoundFixtures.PROGRAMME, YEAR, null);
        long roundId = round.getId();
        for (int i = 0; i < ORGANISATIONS.length; i++) {
            organisationFixtures.applicantWithOrganisation(ORGANISATIONS[i]);
            publicationFixtures.reviewedApplication(round, PRODUCTS[i]);
            SignIn.out();
        }
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            members.add(organisationFixtures.account("committee", "二〇九〇委员" + i, Roles.COMMITTEE));
        }
        LocalDate today = LocalDate.now(clock);

        try (BrowserContext officeContext = newContext(); BrowserContext visitorContext = newContext()) {
            Page office = officeContext.newPage();
            office.setDefaultTimeout(30_000);
            Page visitor = visitorContext.newPage();
            visitor.setDefaultTimeout(30_000);

            // 1. The consumer rating window, and a visitor's rating.
            signIn(office, "office");
            office.navigate(url("surveys"));
            office.locator("#survey-round").click();
            office.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("山东名牌产品 " + YEAR)).click();
            pickDate(office, "survey-first-day", today.minusDays(1));
            pickDate(office, "survey-last-day", today.plusDays(14));
            office.locator("#survey-save-window").click();
            assertThat(office.locator("vaadin-notification-card").last()).containsText("评价期已保存");
            assertThat(office.locator("#survey-figures")).containsText(ORGANISATIONS[0]);

            visitor.navigate(url("public/ratings"));
            Locator candidateRow = visitor.locator("tr", new Page.LocatorOptions().setHasText(ORGANISATIONS[0]));
            assertThat(candidateRow).containsText(PRODUCTS[0]);
            candidateRow.locator("a").click();
            assertThat(visitor.locator("#organisation")).hasText(ORGANISATIONS[0]);
            String ratingPage = visitor.url();
            rate(visitor);
            assertThat(visitor.locator("#thanks")).containsText("感谢您的评价");
            assertThat(visitor.locator("#minimum")).containsText("已有 1 份评价");
            visitor.navigate(ratingPage);
            rate(visitor);
            assertThat(visitor.locator("#error")).hasText("您已评价过该对象，每个浏览器限评一次");
            assertThat(visitor.locator("#minimum")).containsText("已有 1 份评价");

            // 2. The decision starts; the committee meets, votes and signs off.
            office.navigate(url("rounds/" + roundId + "/ranking"));
            for (String organisation : ORGANISATIONS) {
                assertThat(office.locator("#ranking")).containsText(organisation);
            }
            office.locator("#start-round-decision").click();
            assertThat(office.locator("vaadin-notification-card").last()).containsText("审定流程已启动");
            String meetingTask = publicationFixtures.roundTask(roundId, CommitteeService.MEETING_TASK);
            office.navigate(url("tasks/committee/" + meetingTask));
            for (String organisation : ORGANISATIONS) {
                assertThat(office.locator("#committee-candidates")).containsText(organisation);
            }
            pickDate(office, "committee-date", today);
            for (String member : members) {
                office.locator("#committee-members vaadin-checkbox", new Page.LocatorOptions().setHasText(member)).click();
            }
            office.locator("#committee-convene").click();
            assertThat(office.locator("vaadin-notification-card").last()).containsText("会议已召开");
            assertThat(office.locator("#committee-status")).isVisible();
            signOut(office);

            for (String member : members) {
                signIn(office, member, DemoAccounts.PASSWORD);
                office.navigate(url("committee/ballot"));
                Locator ballots = office.locator("vaadin-radio-group[id^='ballot-']");
                assertThat(ballots).hasCount(3);
                for (int i = 0; i < 3; i++) {
                    ballots.nth(i).locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("赞成")).click();
                }
                office.locator("[id^='ballot-submit-']").click();
                assertThat(office.locator("[id^='ballot-cast-']")).isVisible();
                signOut(office);
            }

            signIn(office, "office");
            office.navigate(url("tasks/committee/" + meetingTask));
            office.locator("#committee-close").click();
            assertThat(office.locator("vaadin-notification-card").last()).containsText("投票已结束");
            for (String organisation : ORGANISATIONS) {
                assertThat(office.locator("#committee-totals")).containsText(organisation);
            }
            office.locator("#committee-sign-off").click();
            assertThat(office.locator("#inbox")).isVisible();

            // 3. The public notice: two objections, one dismissed, one upheld.
            visitor.navigate(url("public/notices/" + roundId));
            for (String organisation : ORGANISATIONS) {
                assertThat(visitor.locator("#province-notice")).containsText(organisation);
            }
            String dismissedLink = object(visitor, roundId, 0, "张明", residentId("37010219800101001"), "13800138000",
                    "该单位近三年有产品质量监督抽查不合格记录。");
            String dismissed = visitor.locator("#objection-reference").textContent().trim();
            object(visitor, roundId, 1, "李华", residentId("37010219900202002"), "lihua@example.cn",
                    "申报的商标与他人存在权属争议。");
            String upheld = visitor.locator("#objection-reference").textContent().trim();

            office.navigate(url("objections"));
            decide(office, dismissed, "该单位近三年有产品质量监督抽查不合格记录。", DISMISSAL, "objection-dismiss");
            decide(office, upheld, "申报的商标与他人存在权属争议。", "经核查，商标权属争议属实，异议成立。", "objection-uphold");

            visitor.navigate(dismissedLink);
            assertThat(visitor.locator("#objection-state")).hasText("异议不成立");
            assertThat(visitor.locator("#objection-answer")).hasText(DISMISSAL);

            // 4. The notice period ends.
            publicationFixtures.endNotice(roundId);

            // 5. The office approves the two candidates left with the document number.
            String listTask = publicationFixtures.roundTask(roundId, PublicationService.APPROVE_TASK);
            office.navigate(url("tasks/list-approval/" + listTask));
            Locator finalList = office.locator("#final-list");
            assertThat(finalList).containsText(ORGANISATIONS[0]);
            assertThat(finalList).containsText(ORGANISATIONS[2]);
            assertThat(finalList).not().containsText(ORGANISATIONS[1]);
            office.locator("#decision-number input").fill(DECISION_NUMBER);
            pickDate(office, "decision-date", today);
            office.locator("#approve-list").click();
            assertThat(office.locator("#inbox")).isVisible();
            assertThat(office.locator("vaadin-notification-card").last()).containsText("名单已审定并发布");

            // 6. A visitor without an account finds the published list and downloads it.
            visitor.navigate(url("public/lists"));
            visitor.locator("#list-search input[name=q]").fill(ORGANISATIONS[0]);
            visitor.locator("#list-search button[type=submit]").click();
            Locator found = visitor.locator("#found a[href$='/public/lists/" + roundId + "']");
            assertThat(found).hasCount(1);
            found.click();
            visitor.waitForURL("**/public/lists/" + roundId);
            assertThat(visitor.locator("#decision")).containsText(DECISION_NUMBER);
            Locator entries = visitor.locator("#entries");
            assertThat(entries).containsText(ORGANISATIONS[0]);
            assertThat(entries).containsText(ORGANISATIONS[2]);
            assertThat(entries).not().containsText(ORGANISATIONS[1]);
            assertThat(entries.locator("tbody tr")).hasCount(2);

            Download pdf = visitor.waitForDownload(() -> visitor.locator("#list-pdf").click());
            assertThat(pdf.suggestedFilename()).isEqualTo("list-" + roundId + ".pdf");
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains(ORGANISATIONS[0], ORGANISATIONS[2], DECISION_NUMBER).doesNotContain(ORGANISATIONS[1]);
            }

            Download xlsx = visitor.waitForDownload(() -> visitor.locator("#list-xlsx").click());
            assertThat(xlsx.suggestedFilename()).isEqualTo("list-" + roundId + ".xlsx");
            List<List<String>> rows = readSheet(Files.readAllBytes(xlsx.path()));
            List<String> organisationRows = rows.stream().map(r -> String.join("|", r))
                    .filter(r -> r.contains("二〇九〇")).toList();
            assertThat(organisationRows).hasSize(2);
            assertThat(organisationRows.get(0)).contains(ORGANISATIONS[0], PRODUCTS[0]);
            assertThat(organisationRows.get(1)).contains(ORGANISATIONS[2], PRODUCTS[2]);
        }
    }

    private BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setLocale("zh-CN").setViewportSize(1440, 900));
    }

    /** Answers every question of a rating page with 5 and submits. */
    private static void rate(Page page) {
        Locator questions = page.locator("main form fieldset");
        assertThat(questions.first()).isVisible();
        int count = questions.count();
        assertThat(count).isPositive();
        for (int i = 0; i < count; i++) {
            questions.nth(i).locator("input[type=radio][value='5']").check();
        }
        page.locator("#rating-submit").click();
    }

    /** Types the date into the Vaadin date picker {@code id} and commits it with Enter. */
    private static void pickDate(Page page, String id, LocalDate date) {
        Locator input = page.locator("#" + id + " input");
        input.fill(PICKER.format(date));
        input.press("Enter");
        assertThat(input).hasValue(PICKER.format(date));
    }

    /** Files an objection against candidate {@code index} from the round's notice; answers the reference link shown. */
    private String object(Page page, long roundId, int index, String name, String idNumber, String contact, String grounds) {
        page.navigate(url("public/notices/" + roundId));
        page.locator("#province-notice a[href$='/objections/new']").click();
        Locator option = page.locator("#objection-candidate option", new Page.LocatorOptions().setHasText(ORGANISATIONS[index]));
        page.locator("#objection-candidate").selectOption(option.getAttribute("value"));
        page.locator("#objectorName").fill(name);
        page.locator("#idType").selectOption("RESIDENT_ID");
        page.locator("#idNumber").fill(idNumber);
        page.locator("#contact").fill(contact);
        page.locator("#grounds").fill(grounds);
        page.locator("#objection-submit").click();
        assertThat(page.locator("#objection-reference")).hasText(Pattern.compile("\\S+"));
        Locator link = page.locator("#objection-link");
        assertThat(link).hasAttribute("href", Pattern.compile("/public/objections/.+\\?key=.+"));
        return url(link.getAttribute("href").replaceFirst("^/", ""));
    }

    /** Selects objection {@code reference} in the office's list, checks its grounds, and decides it with {@code reason}. */
    private static void decide(Page page, String reference, String grounds, String reason, String button) {
        page.locator("#objections vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(reference)).click();
        assertThat(page.locator("#objection-grounds")).hasText(grounds);
        page.locator("#objection-reason textarea").fill(reason);
        page.locator("#" + button).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("已处理");
        assertThat(page.locator("#objection-detail")).containsText(reason);
    }

    /** A resident identity card number: the 17 digits and their GB 11643 (ISO 7064 MOD 11-2) check character. */
    static String residentId(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static List<List<String>> readSheet(byte[] content) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
