package org.brandaward.certificate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.security.Roles;

/**
 * 我的称号 — the titles the applicant's organisation holds or held, with their validity and state, and 申请复评 where a
 * title may be re-evaluated: the draft opens in the programme's open round with the lighter form.
 */
@Route("my-titles")
@RolesAllowed(Roles.APPLICANT)
class MyTitlesView extends VerticalLayout implements HasDynamicTitle {

    private final TitleLifeService life;

    MyTitlesView(TitleLifeService life) {
        this.life = life;
        add(new H2(getTranslation("myTitles.title")), new Paragraph(getTranslation("myTitles.help")), titles());
    }

    private Component titles() {
        Grid<TitleLifeService.HeldTitle> grid = new Grid<>();
        grid.setId("my-titles");
        grid.addColumn(t -> t.certificate().getNumber()).setHeader(getTranslation("myTitles.number")).setAutoWidth(true);
        grid.addColumn(TitleLifeService.HeldTitle::programmeName).setHeader(getTranslation("myTitles.programme")).setAutoWidth(true);
        grid.addColumn(TitleLifeService.HeldTitle::subject).setHeader(getTranslation("myTitles.subject")).setAutoWidth(true);
        grid.addColumn(t -> t.certificate().getValidUntil() == null ? getTranslation("verify.validForGood") : t.certificate().getValidUntil())
                .setHeader(getTranslation("myTitles.validUntil")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("myTitles.state." + t.certificate().getTitleState())).setHeader(getTranslation("myTitles.state"));
        grid.addComponentColumn(this::reevaluate).setKey("reevaluate").setAutoWidth(true);
        grid.setItems(life.mine(getLocale()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component reevaluate(TitleLifeService.HeldTitle title) {
        if (!title.reevaluable()) {
            return new Span();
        }
        Button apply = new Button(getTranslation("myTitles.reevaluate"), e -> {
            long draft = life.applyForReevaluation(title.certificate().getId());
            // The form is the application package's route; its address is all this view needs of it.
            getUI().ifPresent(ui -> ui.navigate("applications/" + draft + "/edit"));
        });
        apply.setId("reevaluate-" + title.certificate().getId());
        return apply;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myTitles.title");
    }
}
