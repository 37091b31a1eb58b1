package org.brandaward.certificate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.programme.ProgrammeCatalog;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.security.Roles;
import org.brandaward.shared.Reasons;
import org.brandaward.ui.Messages;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 称号管理 — the office's register of titles issued: search by number, holder or subject, per programme, each title's
 * state, and 发起撤销复核 on any title still held, with the proposed ground and why (the review then waits in 待办任务).
 */
@Route("titles")
@RolesAllowed(Roles.OFFICE)
class TitlesView extends VerticalLayout implements HasDynamicTitle {

    private final TitleRegister register;
    private final RevocationReviewService reviews;
    private final ProgrammeCatalog programmes;
    private final Clock clock;
    private final Select<ProgrammeDescriptor> programme = new Select<>();
    private final TextField text = new TextField();
    private final Grid<CertificateRepository.TitleLine> grid = new Grid<>();

    TitlesView(TitleRegister register, RevocationReviewService reviews, ProgrammeCatalog programmes, Clock clock) {
        this.register = register;
        this.reviews = reviews;
        this.programmes = programmes;
        this.clock = clock;
        programme.setId("titles-programme");
        programme.setLabel(getTranslation("revocation.public.programme"));
        programme.setEmptySelectionAllowed(true);
        programme.setEmptySelectionCaption(getTranslation("revocation.public.anyProgramme"));
        programme.setItems(programmes.all().stream().filter(ProgrammeDescriptor::certifies).toList());
        programme.setItemLabelGenerator(p -> p == null ? getTranslation("revocation.public.anyProgramme") : p.name(getLocale()));
        programme.addValueChangeListener(e -> refresh());
        text.setId("titles-search");
        text.setLabel(getTranslation("titles.search"));
        text.setMaxLength(TitleRegister.TEXT_MAX);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());

        grid.setId("titles");
        grid.setPageSize(TitleRegister.PAGE_SIZE);
        grid.addColumn(CertificateRepository.TitleLine::getNumber).setHeader(getTranslation("revocation.public.number")).setAutoWidth(true);
        grid.addColumn(CertificateRepository.TitleLine::getOrganisationName).setHeader(getTranslation("revocation.public.holder")).setAutoWidth(true);
        grid.addColumn(CertificateRepository.TitleLine::getSubject).setHeader(getTranslation("revocation.public.subject")).setAutoWidth(true);
        grid.addColumn(t -> programmes.get(t.getProgrammeId()).name(getLocale())).setHeader(getTranslation("revocation.public.programme"));
        grid.addColumn(CertificateRepository.TitleLine::getIssuedOn).setHeader(getTranslation("verify.issuedOn"));
        grid.addColumn(t -> t.getValidUntil() == null ? getTranslation("verify.validForGood") : t.getValidUntil().toString())
                .setHeader(getTranslation("verify.validUntil"));
        grid.addColumn(this::state).setHeader(getTranslation("titles.state")).setAutoWidth(true);
        grid.addComponentColumn(t -> t.getRevokedOn() != null ? new Paragraph() : openButton(t)).setKey("open").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("titles.empty"));

        add(new H2(getTranslation("titles.title")), new Paragraph(getTranslation("titles.intro")),
                new HorizontalLayout(programme, text), grid);
        refresh();
    }

    private String state(CertificateRepository.TitleLine title) {
        if (title.getRevokedOn() != null) {
            return getTranslation("titles.state.revoked", title.getRevokedOn().toString(),
                    getTranslation(RevocationGround.valueOf(title.getRevocationGround()).messageKey()));
        }
        boolean expired = title.getValidUntil() != null && title.getValidUntil().isBefore(LocalDate.now(clock));
        return getTranslation(expired ? "verify.state.EXPIRED" : "verify.state.VALID");
    }

    private Button openButton(CertificateRepository.TitleLine title) {
        Button open = new Button(getTranslation("titles.openReview"), e -> openDialog(title));
        open.setId("titles-open-" + title.getApplicationId());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return open;
    }

    private void openDialog(CertificateRepository.TitleLine title) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("titles.openReview.title", title.getNumber(), title.getOrganisationName()));
        Select<RevocationGround> ground = new Select<>();
        ground.setId("titles-ground");
        ground.setLabel(getTranslation("revocation.ground"));
        ground.setItems(RevocationGround.values());
        ground.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
        TextArea reason = new TextArea(getTranslation("titles.openReview.reason"));
        reason.setId("titles-reason");
        reason.setWidthFull();
        reason.setMaxLength(Reasons.MAX);
        Button confirm = new Button(getTranslation("titles.openReview.confirm"), e -> {
            reviews.open(title.getApplicationId(), ground.getValue(), reason.getValue());
            dialog.close();
            Messages.success("titles.openReview.done", title.getNumber());
        });
        confirm.setId("titles-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(ground, reason));
        dialog.getFooter().add(new Button(getTranslation("titles.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        String programmeId = programme.getValue() == null ? "" : programme.getValue().id();
        String search = text.getValue();
        grid.setItems(query -> register.titles(programmeId, search, query.getPage(), query.getPageSize()).stream(),
                query -> (int) register.titles(programmeId, search, 0, 1).getTotalElements());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("titles.title");
    }
}
