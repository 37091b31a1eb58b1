package org.brandaward.review;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code reports/feedback-report.jrxml} to PDF: the scores in the title, one detail band per rubric category
 * (a {@link JRBeanCollectionDataSource} of {@link Row}s). The template is compiled once, on first use.
 */
@Component
class FeedbackReportRenderer {

    static final String TEMPLATE = "reports/feedback-report.jrxml";
    /** Printed where experts wrote nothing for a category. */
    static final String NONE = "（无）";

    private volatile JasperReport report;

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
        try {
            JasperPrint print = JasperFillManager.fillReport(report(), parameters, new JRBeanCollectionDataSource(rows));
            return pdf(print, "反馈报告 " + content.entryName());
        } catch (JRException e) {
            throw new IllegalStateException("Could not render the feedback report of " + content.entryName(), e);
        }
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

    private static byte[] pdf(JasperPrint print, String title) throws JRException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return pdf.toByteArray();
    }

    JasperReport report() {
        JasperReport compiled = report;
        if (compiled == null) {
            synchronized (this) {
                if (report == null) {
                    report = compile();
                }
                compiled = report;
            }
        }
        return compiled;
    }

    private static JasperReport compile() {
        try (InputStream template = FeedbackReportRenderer.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (template == null) {
                throw new IllegalStateException(TEMPLATE + " is not on the classpath");
            }
            return JasperCompileManager.compileReport(template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Could not compile " + TEMPLATE, e);
        }
    }
}
