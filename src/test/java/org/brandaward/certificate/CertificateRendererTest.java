package org.brandaward.certificate;

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

    static final CertificateContent CONTENT = new CertificateContent("SDMP-2026-0001", "青海湖畔牦牛乳业有限公司",
            "91630100MA7L5K2X3P", "高原牦牛酸奶", "山东名牌产品", "山东省质量强省及品牌战略推进工作领导小组",
            LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23), LocalDate.of(2029, 11, 22));

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
        byte[] second = renderer.render(CONTENT);
        assertThat(first).startsWith("%PDF".getBytes());
        assertThat(second).startsWith("%PDF".getBytes());
    }
}
