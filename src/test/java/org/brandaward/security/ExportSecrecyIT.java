package org.brandaward.security;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.brandaward.IntegrationTest;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.TimelineEntry;
import org.brandaward.review.FeedbackReportService;
import org.brandaward.security.AccessTable.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * 评审专家保密 and the secret ballot (无记名投票), in every export an applicant or the public reads: the published list
 * (page, PDF, XLSX, JSON), the public notice, certificate verification (page and JSON), the certificate PDF, the
 * feedback report and the application's timeline name no expert and no committee member of the round, and the
 * committee's result sheet gives the votes as totals only, with no member's name beside a choice.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ExportSecrecyIT {

    /** The display names of demo accounts, which are their roles' names and name nobody. */
    private static final Set<String> ROLE_NAMES = Set.of("评审专家", "评审委员", "委员会委员");
    /**
     * The display names PublicationFixtures gives its committee members (委员0 …), which the result sheet's wording
     * holds without naming anyone ("通过须获出席委员 2/3 赞成"); their usernames are still looked for.
     */
    private static final String FIXTURE_MEMBER = "委员\\d+";

    @Autowired AccessScenario scenario;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationService applications;
    @Autowired FeedbackReportService feedback;

    private long recognised;
    private long roundId;
    private Set<String> experts;
    private Set<String> members;

    @BeforeEach
    void theScenario() {
        scenario.build();
        recognised = (Long) AccessScenario.ids.get("recognised");
        roundId = (Long) AccessScenario.ids.get("round");
        experts = names("""
                select e.username, e.name, u.display_name from expert_assignment a join expert e on e.id = a.expert_id
                left join app_user u on u.username = e.username where a.application_id = ?""", recognised);
        members = names("""
                select m.username, u.display_name, null from committee_member m left join app_user u on u.username = m.username
                where m.meeting_id = ?""", (Long) AccessScenario.ids.get("meeting"));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_public_exports_name_no_expert_and_no_committee_member() throws Exception {
        assertThat(experts).as("the experts who scored the recognised application").isNotEmpty();
        assertThat(members).as("the committee members who voted on it").isNotEmpty();
        String number = (String) AccessScenario.ids.get("certificateNumber");
        Map<String, String> exports = new LinkedHashMap<>();
        exports.put("list page", body(get("/public/lists/{id}", roundId)));
        exports.put("list PDF", pdfText(bytes(get("/public/lists/{id}.pdf", roundId).with(anonymous()))));
        exports.put("list XLSX", xlsxText(bytes(get("/public/lists/{id}.xlsx", roundId).with(anonymous()))));
        exports.put("list JSON", body(get("/api/public/lists/{id}", roundId)));
        exports.put("notice page", body(get("/public/notices/{id}", roundId)));
        exports.put("verify page", body(get("/verify").param("number", number)));
        exports.put("verify JSON", body(get("/api/public/certificates/{number}", number)));
        exports.forEach((name, text) -> assertThat(text).as(name).isNotBlank());
        assertThat(exports.get("list XLSX")).as("the list names the recognised organisation").contains("矩阵甲食品有限公司");

        assertNamesNone(exports, experts, "expert");
        assertNamesNone(exports, members, "committee member");
    }

    @Test
    void what_the_applicant_reads_of_its_own_application_names_no_expert_and_no_committee_member() throws Exception {
        Map<String, String> exports = new LinkedHashMap<>();
        exports.put("certificate PDF", pdfText(bytes(get("/certificates/{id}.pdf", recognised)
                .with(authentication(AccessScenario.actors.get(Actor.APPLICANT_A))))));
        SecurityContextHolder.getContext().setAuthentication(AccessScenario.actors.get(Actor.APPLICANT_A));
        exports.put("timeline", applications.timeline(recognised).stream()
                .map(e -> e.action() + " " + e.role() + " " + e.detail()).collect(Collectors.joining("\n")));
        assertThat(applications.timeline(recognised)).extracting(TimelineEntry::role)
                .allSatisfy(role -> assertThat(role).as("a role, never a person").isIn(null, Roles.APPLICANT, Roles.RECOMMENDER, Roles.OFFICE, Roles.EXPERT));
        // Not released in the scenario: the office renders what its applicant will read once it is.
        SecurityContextHolder.getContext().setAuthentication(AccessScenario.actors.get(Actor.OFFICE));
        exports.put("feedback report PDF", pdfText(feedback.pdf(recognised)));

        assertNamesNone(exports, experts, "expert");
        assertNamesNone(exports, members, "committee member");
    }

    @Test
    void the_result_sheet_gives_totals_and_no_members_choice() throws Exception {
        String sheet = pdfText(bytes(get("/committee/{id}/result.pdf", AccessScenario.ids.get("meeting"))
                .with(authentication(AccessScenario.actors.get(Actor.COMMITTEE)))));

        assertThat(sheet).contains("矩阵甲食品有限公司");
        assertNamesNone(Map.of("result sheet", sheet), members, "committee member");
    }

    private void assertNamesNone(Map<String, String> exports, Set<String> names, String who) {
        List<String> leaks = new ArrayList<>();
        exports.forEach((export, text) -> {
            String compact = text.replaceAll("\\s+", "");
            names.stream().filter(name -> compact.contains(name.replaceAll("\\s+", ""))).forEach(name -> leaks.add(export + " names " + who + " " + name));
        });
        assertThat(leaks).isEmpty();
    }

    /**
     * Usernames and names of the query's rows; not role names such as 评审专家 that demo accounts carry as their
     * display name, which name nobody.
     */
    private Set<String> names(String sql, long id) {
        List<String> names = new ArrayList<>();
        jdbc.query(sql, row -> {
            for (int column = 1; column <= 3; column++) {
                names.add(row.getString(column));
            }
        }, id);
        return names.stream().filter(Objects::nonNull).filter(n -> n.length() > 1 && !ROLE_NAMES.contains(n) && !n.matches(FIXTURE_MEMBER))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The answer to the public (no one signed in). */
    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return new String(bytes(request.with(anonymous())), StandardCharsets.UTF_8);
    }

    private byte[] bytes(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String xlsxText(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
