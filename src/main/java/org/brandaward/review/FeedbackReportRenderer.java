package org.brandaward.review;

import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.brandaward.shared.JasperTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code reports/feedback-report.jrxml} to PDF: the scores in the title, one detail band per rubric category
 * (a {@link JRBeanCollectionDataSource} of {@link Row}s).
 */
@Component
class FeedbackReportRenderer {

    static final String TEMPLATE = "reports/feedback-report.jrxml";
    /** Printed where experts wrote nothing for a category. */
    static final String NONE = "（无）";

    private final JasperTemplate template = new JasperTemplate(TEMPLATE);

    byte[] render(FeedbackReportContent content) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("programmeName", content.programmeName());
        parameters.put("year", content.year());
        parameters.put("organisationName", content.organisationName());
        parameters.put("entryName", content.entryName());
        parameters.put("combined", score(content.combined()));
        parameters.put("document", score(content.document()));
        parameters.put("site", content.site() == null ? null : score(content.site()));
        parameters.put("band", content.band().chinese());
        List<Row> rows = content.categories().stream().map(Row::new).toList();
        return template.pdf(parameters, new JRBeanCollectionDataSource(rows), "反馈报告 " + content.entryName());
    }

    private static String score(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A category as the template's fields read it (getters, for the bean data source). */
    public static final class Row {

        private final FeedbackReportContent.CategoryFeedback category;

        Row(FeedbackReportContent.CategoryFeedback category) {
            this.category = category;
        }

        public String getName() {
            return category.name();
        }

        public Integer getPoints() {
            return category.points();
        }

        public String getMean() {
            return score(category.mean());
        }

        public String getStrengths() {
            return lines(category.strengths());
        }

        public String getOpportunities() {
            return lines(category.opportunities());
        }

        private static String lines(List<String> texts) {
            return texts.isEmpty() ? NONE : String.join("\n", texts.stream().map(t -> "· " + t).toList());
        }
    }

    JasperReport report() {
        return template.compiled();
    }
}
