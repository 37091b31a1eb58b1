package org.brandaward.review;

import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.security.SignIn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.brandaward.IntegrationTest;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.organisation.DemoAccounts;
import org.brandaward.organisation.UserAccountService;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 专家库: entries typed in or imported from CSV and XLSX, all-or-nothing, with accounts and declared relations. */
@IntegrationTest
class ExpertPoolIT {

    @Autowired ExpertPoolService pool;
    @Autowired UserAccountService accounts;

    @BeforeEach
    void office() {
        SignIn.as("office", Roles.OFFICE);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_expert_is_kept_with_fields_relations_and_an_expert_account() {
        String username = "expert-" + System.nanoTime();
        SignIn.asEngine(() -> accounts.create(username, DemoAccounts.PASSWORD, "王教授", Roles.EXPERT));
        String related = OrganisationFixtures.newCreditCode();
        ExpertForm form = form("王教授", "370200");
        form.setEmployerCreditCode(OrganisationFixtures.newCreditCode().toLowerCase());
        form.setRelatedCreditCodes(related + "\n");
        form.setUsername(username);

        Expert saved = pool.save(null, form);

        assertThat(saved.getFields()).containsExactly(Family.QUALITY_AWARD);
        assertThat(saved.getRelatedCreditCodes()).containsExactly(related);
        assertThat(saved.getEmployerCreditCode()).isEqualTo(form.getEmployerCreditCode().toUpperCase());
        assertThat(pool.ofAccount(username)).contains(saved);
        ExpertForm another = form("另一位", "370100");
        another.setUsername(username);
        assertThatThrownBy(() -> pool.save(null, another))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("expert.accountTaken"));
    }

    @Test
    void bad_entries_are_refused_with_their_rule() {
        assertRefused(form(" ", "370100"), "expert.incomplete");
        assertRefused(form("李工", "济南"), "expert.cityUnknown");
        assertRefused(form("李工", "370102"), "expert.cityUnknown"); // a county, not a city
        ExpertForm noField = form("李工", "370100");
        noField.setFields(EnumSet.noneOf(Family.class));
        assertRefused(noField, "expert.fieldsRequired");
        ExpertForm badRelation = form("李工", "370100");
        badRelation.setRelatedCreditCodes("91350100M000100Y44");
        assertRefused(badRelation, "expert.relationCode");
        ExpertForm applicantAccount = form("李工", "370100");
        applicantAccount.setUsername("applicant");
        assertRefused(applicantAccount, "expert.accountNotExpert");
    }

    @Test
    void a_csv_file_imports_every_line_or_none_and_its_cities_by_name_or_code() {
        int before = pool.all().size();
        String good = ExpertPoolService.IMPORT_HEADER + "\n"
                + "赵研究员,济南市,山东省标准化研究院," + OrganisationFixtures.newCreditCode() + ",研究员,QUALITY_AWARD|FAMOUS_BRAND,食品,,\n"
                + "钱高工,370600,烟台大学,,高级工程师,TIME_HONOURED,餐饮," + OrganisationFixtures.newCreditCode() + "|" + OrganisationFixtures.newCreditCode() + ",\n";
        String bad = good + "孙教授,潍坊市,潍坊学院,,教授,NO_SUCH_FIELD,,,\n";
        String unknownCity = good + "孙教授,潍坊,潍坊学院,,教授,QUALITY_AWARD,,,\n";

        assertThatThrownBy(() -> pool.importFile("experts.csv", unknownCity.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getArguments()[0]).isEqualTo(4);
                    assertThat(((MessageSourceResolvable) e.getArguments()[1]).getCodes()).containsExactly("expert.cityUnknown");
                });

        assertThatThrownBy(() -> pool.importFile("experts.csv", bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("import.line");
                    assertThat(e.getArguments()[0]).isEqualTo(4);
                    assertThat(((MessageSourceResolvable) e.getArguments()[1]).getCodes()).containsExactly("expert.fieldUnknown");
                });
        assertThat(pool.all()).hasSize(before);

        assertThat(pool.importFile("experts.csv", good.getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(pool.all()).hasSize(before + 2).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("钱高工");
            assertThat(e.getCityCode()).isEqualTo("370600");
            assertThat(e.getRelatedCreditCodes()).hasSize(2);
        }).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("赵研究员");
            assertThat(e.getCityCode()).as("a city by name is stored by code").isEqualTo("370100");
        });
    }

    @Test
    void an_xlsx_workbook_imports_like_a_csv_file_and_other_files_are_refused() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("专家");
            String[][] rows = {ExpertPoolService.IMPORT_HEADER.split(","),
                    {"周教授", "西宁市", "青海大学", "", "教授", "TIME_HONOURED", "民族食品", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        assertThat(pool.importFile("专家名单.xlsx", workbook)).isEqualTo(1);
        assertThat(pool.all()).anySatisfy(e -> assertThat(e.getCityCode()).isEqualTo("630100"));

        assertThatThrownBy(() -> pool.importFile("experts.xls", workbook))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("import.format"));
        assertThatThrownBy(() -> pool.importFile("experts.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("import.unreadable"));
    }

    @Test
    void an_excel_file_whose_last_columns_are_blank_and_a_csv_value_with_a_comma_import() throws IOException {
        String[] header = ExpertPoolService.IMPORT_HEADER.split(",");
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("专家");
            var first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            String[] expert = {"郑教授", "日照市", "曲阜师范大学", "", "教授", "FAMOUS_BRAND"}; // no relations, no account
            var row = sheet.createRow(1);
            for (int c = 0; c < expert.length; c++) {
                if (!expert[c].isEmpty()) {
                    row.createCell(c).setCellValue(expert[c]); // Excel writes no cell for an empty one
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        String csv = "\uFEFF" + ExpertPoolService.IMPORT_HEADER + "\r\n"
                + "冯研究员,威海市,\"山东大学, 威海校区\",,研究员,QUALITY_AWARD,\"食品, 海洋\",,\r\n";

        assertThat(pool.importFile("专家名单.xlsx", workbook)).isEqualTo(1);
        assertThat(pool.importFile("专家名单.csv", csv.getBytes(StandardCharsets.UTF_8))).isEqualTo(1);

        assertThat(pool.all()).anySatisfy(e -> assertThat(e.getName()).isEqualTo("郑教授"))
                .anySatisfy(e -> {
                    assertThat(e.getEmployer()).isEqualTo("山东大学, 威海校区");
                    assertThat(e.getIndustries()).isEqualTo("食品, 海洋");
                });
    }

    @Test
    void only_the_office_keeps_the_pool() {
        SignIn.as("expert", Roles.EXPERT);
        assertThatThrownBy(() -> pool.save(null, form("钱教授", "370100"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pool.all()).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(ExpertForm form, String messageKey) {
        int before = pool.all().size();
        assertThatThrownBy(() -> pool.save(null, form))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo(messageKey));
        assertThat(pool.all()).hasSize(before);
    }

    private static ExpertForm form(String name, String cityCode) {
        var form = new ExpertForm();
        form.setName(name);
        form.setCityCode(cityCode);
        form.setEmployer("山东大学");
        form.setTitle("教授");
        form.setFields(EnumSet.of(Family.QUALITY_AWARD));
        return form;
    }
}
