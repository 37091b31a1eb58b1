package org.brandaward.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundService;
import org.brandaward.security.Roles;
import org.brandaward.ui.Messages;
import org.brandaward.ui.RouteIds;
import org.springframework.beans.factory.ObjectProvider;


/**
 * 排名 — a round's scored applications best first, raw scores beside z-scores, with the tier and quota line, and
 * (where the programme holds site reviews) the office's selection for the site review.
 */
@Route("rounds/:roundId" + RouteIds.LONG + "/ranking")
@RolesAllowed(Roles.OFFICE)
class RankingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RankingService rankings;
    private final RoundService rounds;
    private final ObjectProvider<RoundStep> steps;
    private final Grid<RankingService.Ranked> grid = new Grid<>();

    RankingView(RankingService rankings, RoundService rounds, ObjectProvider<RoundStep> steps) {
        this.rankings = rankings;
        this.rounds = rounds;
        this.steps = steps;
        grid.setId("ranking");
        grid.setAllRowsVisible(true);
        grid.addColumn(RankingService.Ranked::rank).setHeader(getTranslation("ranking.rank")).setAutoWidth(true);
        grid.addColumn(RankingService.Ranked::applicant).setHeader(getTranslation("organisation.name")).setAutoWidth(true);
        grid.addColumn(RankingService.Ranked::entry).setHeader(getTranslation("ranking.entry")).setAutoWidth(true);
        grid.addColumn(r -> r.document() == null ? "" : r.document().mean() + (r.document().flagged() ? " ⚑" : ""))
                .setHeader(getTranslation("ranking.document")).setAutoWidth(true);
        grid.addColumn(RankingService.Ranked::meanZ).setHeader(getTranslation("ranking.z")).setAutoWidth(true);
        grid.addColumn(r -> r.site() == null ? "" : r.site().mean()).setHeader(getTranslation("ranking.site")).setAutoWidth(true);
        grid.addColumn(RankingService.Ranked::combined).setHeader(getTranslation("ranking.combined")).setAutoWidth(true);
        grid.addColumn(this::tier).setHeader(getTranslation("ranking.tier")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("application.status." + r.status())).setHeader(getTranslation("application.status")).setAutoWidth(true);
        grid.setPartNameGenerator(r -> r.withinQuota() ? null : "outside-quota");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Round round = rounds.get(Long.parseLong(event.getRouteParameters().get("roundId").orElseThrow()));
        ProgrammeDescriptor programme = rounds.programmeOf(round);
        removeAll();
        add(new H2(getTranslation("ranking.title", programme.name(getLocale()), round.getYear())));
        add(new Paragraph(getTranslation(programme.normaliseScores() ? "ranking.orderedByZ" : "ranking.orderedByRaw")));
        if (programme.hasSiteReview()) {
            Paragraph rule = new Paragraph(getTranslation("ranking.siteRule",
                    programme.siteReviewTopN() == null ? "—" : programme.siteReviewTopN(),
                    programme.siteReviewCutOff() == null ? "—" : programme.siteReviewCutOff(), programme.siteWeightPercent()));
            Button select = new Button(getTranslation("ranking.selectForSite"), e -> {
                int selected = rankings.selectForSiteReview(round.getId()).size();
                Messages.success("ranking.selectedForSite", selected);
                grid.setItems(rankings.ranking(round.getId()));
            });
            select.setId("select-site-review");
            select.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(rule, select);
        }
        grid.setItems(rankings.ranking(round.getId()));
        add(grid);
        steps.orderedStream().filter(step -> step.offeredFor(round.getId())).forEach(step -> {
            Button button = new Button(getTranslation(step.labelKey()), e -> {
                step.take(round.getId());
                Messages.success(step.doneKey());
                e.getSource().setEnabled(false);
            });
            button.setId(step.id());
            add(button);
        });
    }

    private String tier(RankingService.Ranked ranked) {
        String quota = getTranslation(ranked.withinQuota() ? "ranking.withinQuota" : "ranking.outsideQuota");
        return ranked.tier() == null ? quota : getTranslation("ranking.tierWithQuota", ranked.tier().name(getLocale()), quota);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ranking.pageTitle");
    }
}
