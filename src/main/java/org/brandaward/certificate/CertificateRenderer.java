package org.brandaward.certificate;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperReport;
import org.brandaward.programme.ProgrammeDescriptor.Family;
import org.brandaward.shared.JasperTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a certificate to PDF with its programme family's template ({@code reports/certificate-<family>.jrxml}),
 * with the QR code of the certificate's signed verify address. Each template is compiled once, on first use, and
 * reused for every certificate of its family. The three templates take the same parameters.
 */
@Component
public class CertificateRenderer {

    static final Map<Family, String> TEMPLATES = Map.of(
            Family.QUALITY_AWARD, "reports/certificate-quality-award.jrxml",
            Family.FAMOUS_BRAND, "reports/certificate-famous-brand.jrxml",
            Family.TIME_HONOURED, "reports/certificate-time-honoured.jrxml");
    /** The QR code's pixels: printed 90 pt wide, that is about 240 dpi. */
    private static final int QR_PIXELS = 300;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Map<Family, JasperTemplate> templates = new EnumMap<>(Family.class);

    public CertificateRenderer() {
        TEMPLATES.forEach((family, location) -> templates.put(family, new JasperTemplate(location)));
    }

    public byte[] render(CertificateContent content) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", content.title());
        parameters.put("authority", content.authority());
        parameters.put("holderName", content.holderName());
        parameters.put("creditCode", content.creditCode());
        parameters.put("subject", content.subject());
        parameters.put("individual", content.individual());
        parameters.put("number", content.number());
        parameters.put("edition", content.edition() > 1
                ? "第" + content.edition() + "版（" + chinese(content.reissuedOn()) + "换发）" : null);
        parameters.put("issuedOn", chinese(content.issuedOn()));
        parameters.put("validity", content.validUntil() == null
                ? "长期有效，自" + chinese(content.validFrom()) + "起"
                : "有效期：" + chinese(content.validFrom()) + " 至 " + chinese(content.validUntil()));
        parameters.put("verifyUrl", content.verifyUrl());
        parameters.put("qrCode", QrCode.of(content.verifyUrl(), QR_PIXELS));
        return templates.get(content.family()).pdf(parameters, new JREmptyDataSource(1), content.number());
    }

    JasperReport report(Family family) {
        return templates.get(family).compiled();
    }

    private static String chinese(LocalDate date) {
        return CHINESE_DATE.format(date);
    }
}
