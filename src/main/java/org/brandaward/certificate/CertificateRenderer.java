package org.brandaward.certificate;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
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
        parameters.put("validUntil", content.validUntil() == null ? null : chinese(content.validUntil()));
        try {
            return pdf(JasperFillManager.fillReport(report(), parameters, new JREmptyDataSource(1)), content.number());
        } catch (JRException e) {
            throw new IllegalStateException("Could not render certificate " + content.number(), e);
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
