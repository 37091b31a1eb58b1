package org.brandaward.review;

import net.sf.jasperreports.engine.JasperReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The feedback report is rendered by Jasper for real and read back from the PDF. */
class FeedbackReportRendererTest {

    static final FeedbackReportContent CONTENT = new FeedbackReportContent("山东名牌产品", 2047, "济南泉城酱菜有限公司", "泉城牌酱菜",
            new BigDecimal("82.5"), new BigDecimal("82.5"), null, RankBand.TOP_25, List.of(
            new FeedbackReportContent.CategoryFeedback("市场", 25, new BigDecimal("21.4"), List.of("市场占有率稳居省内前列。"),
                    List.of("省外市场开拓不足。")),
            new FeedbackReportContent.CategoryFeedback("质量", 30, new BigDecimal("26"), List.of(), List.of())));

    @Test
    void the_pdf_carries_the_scores_the_categories_the_remarks_and_the_band() throws IOException {
        String text = text(new FeedbackReportRenderer().render(CONTENT));
        assertThat(text).contains("2047年度山东名牌产品评审反馈报告申报单位", "济南泉城酱菜有限公司", "泉城牌酱菜", "综合得分：82.50分",
                "材料评审得分：82.50分", "前25%", "市场（满分25分）", "平均得分21.40", "市场占有率稳居省内前列。", "省外市场开拓不足。",
                "质量（满分30分）", "平均得分26.00", FeedbackReportRenderer.NONE);
        assertThat(text).as("no site review, no site score").doesNotContain("现场评审得分");
    }

    @Test
    void a_site_score_is_shown_where_the_application_had_a_site_review() throws IOException {
        FeedbackReportContent withSite = new FeedbackReportContent(CONTENT.programmeName(), CONTENT.year(), CONTENT.organisationName(),
                CONTENT.entryName(), new BigDecimal("84.10"), new BigDecimal("82.5"), new BigDecimal("85.17"), RankBand.TOP_10,
                CONTENT.categories());
        assertThat(text(new FeedbackReportRenderer().render(withSite))).contains("综合得分：84.10分", "现场评审得分：85.17分", "前10%");
    }

    @Test
    void long_remarks_stretch_over_pages_and_every_font_is_embedded() throws IOException {
        List<FeedbackReportContent.CategoryFeedback> categories = new ArrayList<>();
        for (int c = 1; c <= 7; c++) {
            List<String> remarks = new ArrayList<>();
            for (int r = 1; r <= 6; r++) {
                remarks.add("第" + c + "类第" + r + "条：领导重视质量工作，建立了较完善的质量管理体系，过程控制与持续改进机制运行有效，顾客满意度逐年提高。");
            }
            categories.add(new FeedbackReportContent.CategoryFeedback("类目" + c, 100, new BigDecimal("70"), remarks, remarks));
        }
        FeedbackReportContent many = new FeedbackReportContent("山东省省长质量奖", 2047, "潍柴动力股份有限公司", "卓越绩效管理模式",
                new BigDecimal("700"), new BigDecimal("700"), null, RankBand.REST, categories);
        try (PDDocument document = Loader.loadPDF(new FeedbackReportRenderer().render(many))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("第7类第6条", "其余（前50%之外）");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).allSatisfy(name -> assertThat(name).contains("NotoSansSC"));
        }
    }

    @Test
    void the_template_is_compiled_once_and_reused() {
        FeedbackReportRenderer renderer = new FeedbackReportRenderer();
        renderer.render(CONTENT);
        JasperReport compiled = renderer.report();
        assertThat(renderer.render(CONTENT)).startsWith("%PDF".getBytes());
        assertThat(renderer.report()).isSameAs(compiled);
    }

    @Test
    void remarks_are_distinct_and_sorted_whatever_order_the_experts_wrote_them_in() {
        List<String> written = new ArrayList<>(List.of("乙：过程稳定。", " 甲：领导重视。", "乙：过程稳定。", "  ", "丙：数据完整。"));
        written.add(null);
        List<String> shuffled = new ArrayList<>(written);
        Collections.reverse(shuffled);
        assertThat(FeedbackReportContent.anonymous(written)).containsExactly("丙：数据完整。", "乙：过程稳定。", "甲：领导重视。")
                .isEqualTo(FeedbackReportContent.anonymous(shuffled));
    }

    @Test
    void the_band_tells_the_share_of_the_ranking_a_rank_falls_in() {
        assertThat(RankBand.of(1, 10)).isEqualTo(RankBand.TOP_10);
        assertThat(RankBand.of(2, 10)).isEqualTo(RankBand.TOP_25);
        assertThat(RankBand.of(3, 10)).isEqualTo(RankBand.TOP_50);
        assertThat(RankBand.of(5, 10)).isEqualTo(RankBand.TOP_50);
        assertThat(RankBand.of(6, 10)).isEqualTo(RankBand.REST);
        assertThat(RankBand.of(1, 2)).as("the first of two is in the first half").isEqualTo(RankBand.TOP_50);
        assertThat(RankBand.of(2, 2)).isEqualTo(RankBand.REST);
        assertThat(RankBand.of(1, 1)).as("alone, no share to speak of").isEqualTo(RankBand.REST);
        assertThat(RankBand.of(10, 100)).isEqualTo(RankBand.TOP_10);
        assertThat(RankBand.of(11, 100)).isEqualTo(RankBand.TOP_25);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
