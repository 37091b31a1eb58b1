package org.brandaward.certificate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.application.ApplicationService;
import org.brandaward.organisation.Organisation;
import org.brandaward.programme.RoundService;
import org.brandaward.security.Roles;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.ui.Messages;
import org.brandaward.ui.RouteIds;

/**
 * 证书 — the office's page of one application's certificate: what it prints (holder, title, number, edition, validity),
 * its PDF, and 换发: after a change of the holder's name the office records the new name with a reason and the
 * certificate's next edition prints it, under the same number.
 */
@Route("certificates/:applicationId" + RouteIds.LONG)
@RolesAllowed(Roles.OFFICE)
class CertificateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificateService certificates;
    private final ApplicationService applications;
    private final RoundService rounds;
    private long applicationId;

    CertificateView(CertificateService certificates, ApplicationService applications, RoundService rounds) {
        this.certificates = certificates;
        this.applications = applications;
        this.rounds = rounds;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = event.getRouteParameters().getLong("applicationId").orElseThrow();
        show();
    }

    private void show() {
        Certificate certificate = certificates.ofApplication(applicationId)
                .orElseThrow(() -> new RuleViolationException("certificate.notIssued"));
        Organisation organisation = applications.organisationOf(applicationId);
        var programme = rounds.programmeOf(rounds.get(applications.get(applicationId).getRoundId()));
        removeAll();
        add(new H2(getTranslation("certificateView.title", certificate.getNumber())));

        FormLayout facts = new FormLayout();
        facts.addFormItem(text("certificate-title", CertificateTitle.of(programme, certificate.getTier())), getTranslation("certificateView.printedTitle"));
        facts.addFormItem(text("certificate-holder", certificate.getHolderName()), getTranslation("certificateView.holder"));
        facts.addFormItem(text("certificate-organisation", organisation.getName()), getTranslation("certificateView.organisationNow"));
        facts.addFormItem(text("certificate-edition", certificate.getEdition() == 1 ? getTranslation("certificateView.firstEdition")
                : getTranslation("certificateView.reissuedEdition", certificate.getEdition(), certificate.getReissuedOn())),
                getTranslation("certificateView.edition"));
        facts.addFormItem(text("certificate-validity", certificate.getValidFrom() + " – " + (certificate.getValidUntil() == null
                ? getTranslation("titleReview.permanent") : certificate.getValidUntil())), getTranslation("titleReview.validity"));
        Anchor pdf = new Anchor("certificates/" + applicationId + ".pdf", getTranslation("certificateView.download"));
        pdf.setId("certificate-pdf");
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        add(facts, pdf, new H3(getTranslation("certificateView.reissue")), new Paragraph(getTranslation("certificateView.reissue.help")));

        TextField newName = new TextField(getTranslation("certificateView.newName"));
        newName.setId("reissue-name");
        newName.setMaxLength(Organisation.NAME_MAX);
        newName.setValue(organisation.getName());
        newName.setWidthFull();
        TextArea reason = new TextArea(getTranslation("certificateView.reason"));
        reason.setId("reissue-reason");
        reason.setMaxLength(CertificateService.REISSUE_REASON_MAX);
        reason.setRequired(true);
        reason.setWidthFull();
        Button reissue = new Button(getTranslation("certificateView.reissue.button"), e -> {
            Certificate next = certificates.reissue(applicationId, newName.getValue(), reason.getValue());
            Messages.success("certificateView.reissued", next.getNumber(), next.getEdition());
            show();
        });
        reissue.setId("reissue");
        reissue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(newName, reason, reissue);
    }

    private static Span text(String id, String value) {
        Span span = new Span(value);
        span.setId(id);
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificateView.pageTitle");
    }
}
