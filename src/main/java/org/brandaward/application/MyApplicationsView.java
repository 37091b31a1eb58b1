package org.brandaward.application;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.Roles;

/** The applicant's home: rounds open for application, and its own applications with their outcome. */
@Route("applications")
@RolesAllowed(Roles.APPLICANT)
class MyApplicationsView extends VerticalLayout implements HasDynamicTitle {

    private final ApplicationService applications;
    private final RoundService rounds;
    private final FeedbackReports feedback;

    MyApplicationsView(ApplicationService applications, RoundService rounds, OrganisationService organisations, FeedbackReports feedback) {
        this.applications = applications;
        this.rounds = rounds;
        this.feedback = feedback;
        add(new H2(getTranslation("applications.title")));
        if (organisations.currentOrganisation().isEmpty()) {
            add(new Paragraph(getTranslation("applications.organisationFirst")),
                    new Anchor("organisation", getTranslation("menu.organisation")));
            return;
        }
        add(new H3(getTranslation("applications.openRounds")), openRounds(), new H3(getTranslation("applications.mine")), mine());
    }

    private Component openRounds() {
        Grid<Round> grid = new Grid<>();
        grid.setId("open-rounds");
        grid.addColumn(r -> rounds.programmeOf(r).name(getLocale())).setHeader(getTranslation("application.programme")).setAutoWidth(true);
        grid.addColumn(Round::getYear).setHeader(getTranslation("round.year"));
        grid.addColumn(Round::getDeadline).setHeader(getTranslation("round.deadline"));
        grid.addComponentColumn(r -> {
            Button apply = new Button(getTranslation("applications.apply"), e -> apply(r, ApplicantKind.ORGANISATION));
            apply.setId("apply-round-" + r.getId());
            if (rounds.programmeOf(r).applicantKind() != ApplicantKind.BOTH) {
                return apply;
            }
            Button individual = new Button(getTranslation("applications.applyIndividual"), e -> apply(r, ApplicantKind.INDIVIDUAL));
            individual.setId("apply-individual-" + r.getId());
            return new HorizontalLayout(apply, individual);
        });
        grid.setItems(rounds.acceptingApplications());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void apply(Round round, ApplicantKind kind) {
        Application draft = applications.createDraft(round.getId(), kind);
        getUI().ifPresent(ui -> ui.navigate(ApplicationFormView.class, new RouteParameters("applicationId", draft.getId().toString())));
    }

    private Component mine() {
        Grid<Application> grid = new Grid<>();
        grid.setId("my-applications");
        grid.addColumn(a -> rounds.programmeOf(rounds.get(a.getRoundId())).name(getLocale()))
                .setHeader(getTranslation("application.programme")).setAutoWidth(true);
        grid.addColumn(Application::subject).setHeader(getTranslation("application.productName")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("application.status." + a.getStatus())).setHeader(getTranslation("application.status"));
        grid.addColumn(Application::getDecisionReason).setHeader(getTranslation("application.reason")).setFlexGrow(1);
        grid.addComponentColumn(this::detailsLink).setKey("details").setAutoWidth(true);
        grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true);
        grid.addComponentColumn(this::feedbackReport).setKey("feedback").setAutoWidth(true);
        grid.setItems(applications.mine());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component detailsLink(Application application) {
        RouterLink details = new RouterLink(getTranslation("applications.details"), ApplicationDetailView.class,
                new RouteParameters("applicationId", application.getId().toString()));
        details.setId("details-" + application.getId());
        return details;
    }

    private Component action(Application application) {
        if (application.getStatus() == ApplicationStatus.SUPPLEMENT_REQUESTED) {
            RouterLink supplement = new RouterLink(getTranslation("supplement.answer"), ApplicationFormView.class,
                    new RouteParameters("applicationId", application.getId().toString()));
            supplement.setId("supplement-" + application.getId());
            return supplement;
        }
        if (application.getStatus() == ApplicationStatus.DRAFT) {
            RouterLink edit = new RouterLink(getTranslation("applications.edit"), ApplicationFormView.class,
                    new RouteParameters("applicationId", application.getId().toString()));
            edit.setId("edit-" + application.getId());
            return edit;
        }
        if (application.getStatus() == ApplicationStatus.APPROVED) {
            // Served by the certificate package's download endpoint, which checks access again.
            Anchor download = new Anchor("certificates/" + application.getId() + ".pdf", getTranslation("applications.downloadCertificate"));
            download.setRouterIgnore(true);
            download.getElement().setAttribute("download", true);
            download.setId("certificate-" + application.getId());
            return download;
        }
        return new Span();
    }

    /** The feedback report of an application the experts scored, once the office released the round's reports. */
    private Component feedbackReport(Application application) {
        if (!application.getStatus().isDecided() || !feedback.isReleasedFor(application.getId())) {
            return new Span();
        }
        // Served by expert review's download endpoint, which checks access and the release again.
        Anchor download = new Anchor("feedback/" + application.getId() + ".pdf", getTranslation("feedback.download"));
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        download.setId("feedback-report-" + application.getId());
        return download;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.title");
    }
}
