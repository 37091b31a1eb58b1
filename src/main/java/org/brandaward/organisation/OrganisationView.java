package org.brandaward.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.shared.RuleViolationException;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;

/** An applicant registers its organisation once, identified by the unified social credit code. */
@Route("organisation")
@RolesAllowed(Roles.APPLICANT)
class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final Divisions divisions;
    private final TextField creditCode = new TextField(getTranslation("organisation.creditCode"));
    private final TextField name = new TextField(getTranslation("organisation.name"));
    private final TextField legalRepresentative = new TextField(getTranslation("organisation.legalRepresentative"));
    private final DivisionField region;
    private final TextField address = new TextField(getTranslation("organisation.address"));
    private final Binder<OrganisationForm> binder = new Binder<>(OrganisationForm.class);

    OrganisationView(OrganisationService organisations, Divisions divisions) {
        this.organisations = organisations;
        this.divisions = divisions;
        region = new DivisionField(divisions, DivisionField.Depth.COUNTY, "");
        region.setId("region");
        region.setLabel(getTranslation("organisation.region"));
        add(new H2(getTranslation("organisation.title")));
        organisations.currentOrganisation().ifPresentOrElse(this::showRegistered, this::showForm);
    }

    private void showForm() {
        creditCode.setId("credit-code");
        creditCode.setMaxLength(CreditCode.LENGTH);
        creditCode.setHelperText(getTranslation("organisation.creditCode.help"));
        name.setId("organisation-name");
        name.setMaxLength(Organisation.NAME_MAX);
        legalRepresentative.setId("legal-representative");
        address.setId("address");
        binder.forField(creditCode).asRequired(getTranslation("validation.required"))
                .withValidator((value, context) -> {
                    CreditCode.Check check = CreditCode.check(CreditCode.normalise(value));
                    return check == CreditCode.Check.VALID ? ValidationResult.ok() : ValidationResult.error(getTranslation(check.messageKey()));
                })
                .bind(OrganisationForm::getCreditCode, OrganisationForm::setCreditCode);
        binder.forField(name).asRequired(getTranslation("validation.required")).bind(OrganisationForm::getName, OrganisationForm::setName);
        binder.forField(legalRepresentative).asRequired(getTranslation("validation.required"))
                .bind(OrganisationForm::getLegalRepresentative, OrganisationForm::setLegalRepresentative);
        binder.forField(region).asRequired(getTranslation("organisation.regionRequired"))
                .bind(OrganisationForm::getCountyCode, OrganisationForm::setCountyCode);
        binder.forField(address).bind(OrganisationForm::getAddress, OrganisationForm::setAddress);
        binder.setBean(new OrganisationForm());

        Button register = new Button(getTranslation("organisation.register"), e -> register());
        register.setId("register-organisation");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("organisation.intro")),
                form(), register);
    }

    private FormLayout form() {
        FormLayout form = new FormLayout(creditCode, name, legalRepresentative, region, address);
        form.setColspan(region, 2);
        return form;
    }

    private void register() {
        if (binder.validate().isOk()) {
            try {
                organisations.register(binder.getBean());
            } catch (RuleViolationException e) {
                if (e.getMessageKey().startsWith("creditCode.") || e.getMessageKey().equals("organisation.creditCodeTaken")) {
                    creditCode.setInvalid(true);
                    creditCode.setErrorMessage(getTranslation(e.getMessageKey()));
                    return;
                }
                throw e;
            }
            Messages.success("organisation.registered");
            removeAll();
            add(new H2(getTranslation("organisation.title")));
            organisations.currentOrganisation().ifPresent(this::showRegistered);
        }
    }

    private void showRegistered(Organisation organisation) {
        FormLayout details = new FormLayout();
        details.addFormItem(new Paragraph(organisation.getName()), getTranslation("organisation.name"));
        details.addFormItem(new Paragraph(organisation.getCreditCode()), getTranslation("organisation.creditCode"));
        details.addFormItem(new Paragraph(organisation.getLegalRepresentative()), getTranslation("organisation.legalRepresentative"));
        Paragraph city = new Paragraph(divisions.nameOf(organisation.getCityCode()));
        city.setId("organisation-city-name");
        details.addFormItem(city, getTranslation("organisation.city"));
        Paragraph county = new Paragraph(divisions.nameOf(organisation.getCountyCode()));
        county.setId("organisation-county-name");
        details.addFormItem(county, getTranslation("organisation.county"));
        add(details);
        if (organisation.isRegionToFix()) {
            String typed = String.join(" ", organisation.getLegacyCity() == null ? "" : organisation.getLegacyCity(),
                    organisation.getLegacyCounty() == null ? "" : organisation.getLegacyCounty()).strip();
            Paragraph toFix = new Paragraph(getTranslation("organisation.regionToFix", typed));
            toFix.setId("organisation-region-to-fix");
            add(toFix);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title");
    }
}
