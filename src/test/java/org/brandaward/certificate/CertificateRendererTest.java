package org.brandaward.certificate;

import net.sf.jasperreports.engine.JasperReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificates of the three programme families are rendered by Jasper for real and read back from the PDF. */
class CertificateRendererTest {

    static final String VERIFY_URL = "https://brand-award.example.gov.cn/v/AQ1TRE1QLTIwMjYtMDAwMTkxNjMwMTAwTUE3TDVLMlgzUA";
    static final CertificateContent CONTENT = new CertificateContent(Family.FAMOUS_BRAND, "SDMP-2026-00001", "山东名牌产品",
            "青海湖畔牦牛乳业有限公司", "91630100MA7L5K2X3P", "高原牦牛酸奶", false, "山东省质量强省及品牌战略推进工作领导小组",
            LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23), LocalDate.of(2029, 11, 22), 1, null, VERIFY_URL);

    static byte[] pdf;
    static final CertificateRenderer RENDERER = new CertificateRenderer();

    @BeforeAll
    static void render() {
        pdf = RENDERER.render(CONTENT);
    }

    @Test
    void the_famous_brand_pdf_carries_the_chinese_name_product_number_and_validity() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document)).contains("青海湖畔牦牛乳业有限公司", "高原牦牛酸奶", "SDMP-2026-00001", "91630100MA7L5K2X3P",
                    "证书", "被认定为山东名牌产品", "2026年11月23日至2029年11月22日", "山东省质量强省及品牌战略推进工作领导小组")
                    .doesNotContain("换发");
        }
    }

    @Test
    void a_quality_award_prints_its_tier_in_the_title() throws IOException {
        CertificateContent award = new CertificateContent(Family.QUALITY_AWARD, "SDZLJ-2026-00002", "山东省省长质量奖提名奖",
                "潍柴动力股份有限公司", "91370700MA3C4D5E6F", null, false, "山东省人民政府",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null, 1, null, VERIFY_URL);
        try (PDDocument document = Loader.loadPDF(RENDERER.render(award))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document)).contains("山东省省长质量奖提名奖", "荣誉证书", "潍柴动力股份有限公司", "荣获山东省省长质量奖提名奖",
                    "SDZLJ-2026-00002", "长期有效，自2026年12月1日起", "山东省人民政府");
        }
    }

    @Test
    void a_person_honoured_by_a_quality_award_is_named_with_their_organisation() throws IOException {
        CertificateContent person = new CertificateContent(Family.QUALITY_AWARD, "SDZLJ-2026-00003", "山东省省长质量奖",
                "潍柴动力股份有限公司", "91370700MA3C4D5E6F", "谭旭光", true, "山东省人民政府",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null, 1, null, VERIFY_URL);
        try (PDDocument document = Loader.loadPDF(RENDERER.render(person))) {
            assertThat(text(document)).contains("潍柴动力股份有限公司谭旭光同志", "荣获山东省省长质量奖。").doesNotContain("提名奖");
        }
    }

    @Test
    void a_time_honoured_brand_names_the_brand_and_its_holder() throws IOException {
        CertificateContent brand = new CertificateContent(Family.TIME_HONOURED, "QHLZH-2026-00001", "青海老字号",
                "西宁马忠食府有限公司", "91630100MA7L5K2X3P", "马忠酿皮", false, "青海省商务厅",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), LocalDate.of(2029, 11, 30), 1, null, VERIFY_URL);
        try (PDDocument document = Loader.loadPDF(RENDERER.render(brand))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document)).contains("“马忠酿皮”（西宁马忠食府有限公司", "经认定为青海老字号", "QHLZH-2026-00001",
                    "2026年12月1日至2029年11月30日", "青海省商务厅");
        }
    }

    @Test
    void a_reissued_certificate_prints_its_edition_and_the_day_of_the_reissue() throws IOException {
        CertificateContent reissued = new CertificateContent(Family.FAMOUS_BRAND, "SDMP-2026-00001", "山东名牌产品",
                "青海湖畔乳业集团有限公司", "91630100MA7L5K2X3P", "高原牦牛酸奶", false, "山东省质量强省及品牌战略推进工作领导小组",
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23), LocalDate.of(2029, 11, 22), 2,
                LocalDate.of(2027, 3, 1), VERIFY_URL);
        try (PDDocument document = Loader.loadPDF(RENDERER.render(reissued))) {
            assertThat(text(document)).contains("青海湖畔乳业集团有限公司", "SDMP-2026-00001", "第2版（2027年3月1日换发）",
                    "2026年11月23日").doesNotContain("青海湖畔牦牛乳业有限公司");
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void every_font_is_embedded_and_the_chinese_one_is_noto_sans_sc(Family family) throws IOException {
        CertificateContent content = new CertificateContent(family, CONTENT.number(), CONTENT.title(), CONTENT.holderName(),
                CONTENT.creditCode(), CONTENT.subject(), false, CONTENT.authority(), CONTENT.issuedOn(), CONTENT.validFrom(),
                CONTENT.validUntil(), 1, null, VERIFY_URL);
        try (PDDocument document = Loader.loadPDF(RENDERER.render(content))) {
            List<PDFont> fonts = new ArrayList<>();
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).anySatisfy(name -> assertThat(name).contains("NotoSansSC"));
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void each_family_template_is_compiled_once_and_reused(Family family) {
        CertificateRenderer renderer = new CertificateRenderer();
        JasperReport compiled = renderer.report(family);
        byte[] first = renderer.render(new CertificateContent(family, "X-2026-00001", "称号", "单位", "91370700MA3C4D5E6F",
                "产品", false, "机关", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null, 1, null, VERIFY_URL));
        assertThat(renderer.report(family)).isSameAs(compiled);
        assertThat(first).startsWith("%PDF".getBytes());
        assertThat(renderer.report(family)).isNotSameAs(renderer.report(family == Family.QUALITY_AWARD ? Family.FAMOUS_BRAND : Family.QUALITY_AWARD));
    }

    @Test
    void the_qr_code_decodes_to_the_signed_verify_address() throws Exception {
        assertThat(QrCodes.in(pdf)).containsExactly(VERIFY_URL);
    }

    @Test
    void long_names_shrink_to_fit_and_the_certificate_stays_one_page() throws IOException {
        CertificateContent longNames = new CertificateContent(Family.FAMOUS_BRAND, "SDZLJ-2026-00123", "山东省省长质量奖（组织奖）提名奖",
                "山东省青岛市黄岛区经济技术开发区海洋生物科技与高端装备制造股份有限公司", "91370211MA3C4D5E6F",
                "深海鱼油软胶囊及海洋生物活性肽系列产品（含出口型号）", false,
                "山东省人民政府质量强省及品牌战略推进工作领导小组办公室",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), LocalDate.of(2029, 11, 30), 1, null, VERIFY_URL);
        try (PDDocument document = Loader.loadPDF(RENDERER.render(longNames))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document)).contains(longNames.holderName(), longNames.subject(), longNames.authority(),
                    "特发此证", "2026年12月1日");
        }
    }

    @Test
    void a_title_kept_for_good_reads_valid_long_term_from_its_start() throws IOException {
        CertificateContent openEnded = new CertificateContent(Family.QUALITY_AWARD, "SDZLJ-2026-00007", "山东省省长质量奖",
                "潍柴动力股份有限公司", "91370700MA3C4D5E6F", null, false, "山东省人民政府", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 1), null, 1, null, VERIFY_URL);
        try (PDDocument document = Loader.loadPDF(RENDERER.render(openEnded))) {
            assertThat(text(document)).contains("长期有效，自2026年12月1日起").doesNotContain("有效期：");
        }
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
}
