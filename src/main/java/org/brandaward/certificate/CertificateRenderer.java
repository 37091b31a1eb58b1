package org.brandaward.certificate;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperReport;
import org.brandaward.shared.JasperTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** Renders {@code reports/certificate.jrxml} to PDF, with the QR code of the certificate's signed verify address. */
@Component
public class CertificateRenderer {

    static final String TEMPLATE = "reports/certificate.jrxml";
    /** The QR code's pixels: printed 90 pt wide, that is about 240 dpi. */
    private static final int QR_PIXELS = 300;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final JasperTemplate template = new JasperTemplate(TEMPLATE);

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
        parameters.put("verifyUrl", content.verifyUrl());
        parameters.put("qrCode", QrCode.of(content.verifyUrl(), QR_PIXELS));
        return template.pdf(parameters, new JREmptyDataSource(1), content.number());
    }

    JasperReport report() {
        return template.compiled();
    }

    private static String chinese(LocalDate date) {
        return CHINESE_DATE.format(date);
    }
}
