package org.brandaward.certificate;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** Renders {@code reports/certificate.jrxml} to PDF. The template is compiled once, on first use. */
@Component
public class CertificateRenderer {

    static final String TEMPLATE = "reports/certificate.jrxml";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private volatile JasperReport report;

    public byte[] render(CertificateContent content) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("programmeName", content.programmeName());
        parameters.put("authority", content.authority());
        parameters.put("organisationName", content.organisationName());
        parameters.put("creditCode", content.creditCode());
        parameters.put("productName", content.productName());
        parameters.put("number", content.number());
        parameters.put("issuedOn", chinese(content.issuedOn()));
        parameters.put("validFrom", chinese(content.validFrom()));
        parameters.put("validUntil", chinese(content.validUntil()));
        try {
            return JasperExportManager.exportReportToPdf(JasperFillManager.fillReport(report(), parameters, new JREmptyDataSource(1)));
        } catch (JRException e) {
            throw new IllegalStateException("Could not render certificate " + content.number(), e);
        }
    }

    private JasperReport report() {
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
        try (InputStream template = CertificateRenderer.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
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

    private static String chinese(LocalDate date) {
        return CHINESE_DATE.format(date);
    }
}
