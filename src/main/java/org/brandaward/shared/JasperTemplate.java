package org.brandaward.shared;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** A JasperReports template on the classpath ({@code reports/*.jrxml}), compiled once on first use, rendered to PDF. */
public final class JasperTemplate {

    private final String location;
    private volatile JasperReport report;

    public JasperTemplate(String location) {
        this.location = location;
    }

    /** The template filled with {@code parameters} and {@code data}, as a PDF titled {@code title}. */
    public byte[] pdf(Map<String, Object> parameters, JRDataSource data, String title) {
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(JasperFillManager.fillReport(compiled(), parameters, data)));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(title);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("Could not render " + location + " for " + title, e);
        }
    }

    public JasperReport compiled() {
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

    private JasperReport compile() {
        try (InputStream template = JasperTemplate.class.getClassLoader().getResourceAsStream(location)) {
            if (template == null) {
                throw new IllegalStateException(location + " is not on the classpath");
            }
            return JasperCompileManager.compileReport(template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Could not compile " + location, e);
        }
    }
}
