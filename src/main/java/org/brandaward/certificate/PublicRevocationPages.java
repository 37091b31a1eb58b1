package org.brandaward.certificate;

import org.brandaward.programme.ProgrammeCatalog;
import org.brandaward.programme.ProgrammeDescriptor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Locale;

/**
 * 撤销公告 — the public list of revoked titles, per programme, without signing in: certificate number, holder, subject,
 * programme, ground, the decision's document number and date. Server-rendered, no script; every value through th:text.
 */
@Controller
class PublicRevocationPages {

    private final TitleRegister register;
    private final ProgrammeCatalog programmes;

    PublicRevocationPages(TitleRegister register, ProgrammeCatalog programmes) {
        this.register = register;
        this.programmes = programmes;
    }

    @GetMapping("/public/revocations")
    String revocations(@RequestParam(name = "programme", defaultValue = "") String programme,
                       @RequestParam(name = "page", defaultValue = "0") String pageNumber, Model model, Locale locale) {
        int page = pageNumber.matches("\\d{1,6}") ? Integer.parseInt(pageNumber) : 0; // a mistyped page number shows the first
        var certifying = programmes.all().stream().filter(ProgrammeDescriptor::certifies)
                .map(p -> new ProgrammeOption(p.id(), p.name(locale))).toList();
        // An unknown programme id is not an error on a public page: it lists all.
        String selected = certifying.stream().map(ProgrammeOption::id).filter(programme.strip()::equals).findFirst().orElse("");
        var revoked = register.revoked(selected, page);
        model.addAttribute("programmes", certifying);
        model.addAttribute("programme", selected);
        model.addAttribute("lines", revoked.map(t -> new RevokedLine(t.getNumber(), t.getOrganisationName(), t.getSubject(),
                certifying.stream().filter(p -> p.id().equals(t.getProgrammeId())).map(ProgrammeOption::name).findFirst()
                        .orElse(t.getProgrammeId()),
                RevocationGround.valueOf(t.getRevocationGround()).messageKey(), t.getRevocationDocumentNumber(), t.getRevokedOn())));
        model.addAttribute("pageOf", revoked);
        return "public/revocation/list";
    }

    /** A programme of the filter. */
    record ProgrammeOption(String id, String name) {
    }

    /** A line of the list; the page translates the ground by its message key. */
    record RevokedLine(String number, String holder, String subject, String programmeName, String groundKey,
                       String documentNumber, LocalDate revokedOn) {
    }
}
