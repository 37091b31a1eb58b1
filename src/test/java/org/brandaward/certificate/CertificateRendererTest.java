package org.brandaward.certificate;

import net.sf.jasperreports.engine.JasperReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate is rendered by Jasper for real and read back from the PDF. */
class CertificateRendererTest {

    static final String VERIFY_URL = "https://brand-award.example.gov.cn/v/AQ1TRE1QLTIwMjYtMDAwMTkxNjMwMTAwTUE3TDVLMlgzUA";
    static final CertificateContent CONTENT = new CertificateContent("SDMP-2026-0001", "青海湖畔牦牛乳业有限公司",
            "91630100MA7L5K2X3P", "高原牦牛酸奶", "山东名牌产品", "山东省质量强省及品牌战略推进工作领导小组",
            LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23), LocalDate.of(2029, 11, 22), VERIFY_URL);

    static byte[] pdf;

    @BeforeAll
    static void render() {
        pdf = new CertificateRenderer().render(CONTENT);
    }

    @Test
    void the_pdf_carries_the_chinese_name_product_number_and_validity() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("青海湖畔牦牛乳业有限公司", "高原牦牛酸奶", "SDMP-2026-0001", "91630100MA7L5K2X3P",
                    "证书", "2026年11月23日至2029年11月22日", "山东省质量强省及品牌战略推进工作领导小组");
        }
    }

    @Test
    void every_font_is_embedded_and_the_chinese_one_is_noto_sans_sc() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).anySatisfy(name -> assertThat(name).contains("NotoSansSC"));
        }
    }

    @Test
    void the_template_is_compiled_once_and_reused() {
        CertificateRenderer renderer = new CertificateRenderer();
        byte[] first = renderer.render(CONTENT);
        JasperReport compiled = renderer.report();
        byte[] second = renderer.render(CONTENT);
        assertThat(renderer.report()).isSameAs(compiled);
        assertThat(first).startsWith("%PDF".getBytes());
        assertThat(second).startsWith("%PDF".getBytes());
    }

    @Test
    void the_qr_code_decodes_to_the_signed_verify_address() throws Exception {
        assertThat(QrCodes.in(pdf)).containsExactly(VERIFY_URL);
    }

    @Test
    void long_names_shrink_to_fit_and_the_certificate_stays_one_page() throws IOException {
        CertificateContent longNames = new CertificateContent("SDZLJ-2026-0123",
                "山东省青岛市黄岛区经济技术开发区海洋生物科技与高端装备制造股份有限公司", "91370211MA3C4D5E6F",
                "深海鱼油软胶囊及海洋生物活性肽系列产品（含出口型号）", "山东省省长质量奖（组织奖）提名奖",
                "山东省人民政府质量强省及品牌战略推进工作领导小组办公室",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), LocalDate.of(2029, 11, 30), VERIFY_URL);
        try (PDDocument document = Loader.loadPDF(new CertificateRenderer().render(longNames))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains(longNames.organisationName(), longNames.productName(), longNames.authority(),
                    "特发此证", "2026年12月1日");
        }
    }

    @Test
    void a_title_kept_for_good_reads_valid_long_term_from_its_start() throws IOException {
        CertificateContent openEnded = new CertificateContent("SDZLJ-2026-0007", "潍柴动力股份有限公司", "91370700MA3C4D5E6F",
                "卓越绩效管理模式", "山东省省长质量奖", "山东省人民政府", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null, VERIFY_URL);
        try (PDDocument document = Loader.loadPDF(new CertificateRenderer().render(openEnded))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("长期有效，自2026年12月1日起").doesNotContain("有效期：");
        }
    }
}
