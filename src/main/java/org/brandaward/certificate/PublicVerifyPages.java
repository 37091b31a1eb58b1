package org.brandaward.certificate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/**
 * 证书查验 for everyone: {@code /verify} (type the number) and {@code /v/<payload>} (what the certificate's QR code
 * opens). No sign-in; the state and the certificate's public facts, every value as text.
 */
@Controller
class PublicVerifyPages {

    private final CertificateVerification verification;
    private final SigningKeys keys;

    PublicVerifyPages(CertificateVerification verification, SigningKeys keys) {
        this.verification = verification;
        this.keys = keys;
    }

    @GetMapping("/verify")
    String byNumber(@RequestParam(required = false) String number, Model model, Locale locale) {
        model.addAttribute("number", number == null ? "" : number.strip());
        if (number != null && !number.isBlank()) {
            model.addAttribute("result", verification.byNumber(number, locale));
        }
        return page(model);
    }

    @GetMapping("/v/{payload}")
    String byPayload(@PathVariable String payload, Model model, Locale locale, HttpServletResponse response) {
        CertificateVerification.Result result = verification.byPayload(payload, locale);
        if (result.state() == CertificateVerification.State.SIGNATURE_INVALID) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else if (result.state() == CertificateVerification.State.UNKNOWN) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("number", result.known() ? result.number() : "");
        model.addAttribute("result", result);
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("keyIds", java.util.List.copyOf(keys.verifying().keySet()));
        return "public/verify";
    }
}
