package org.brandaward.review;

import com.vaadin.flow.component.grid.Grid;

import java.util.List;
import java.util.function.Function;

/**
 * The experts' sheets of one application side by side, an item a row and an expert a column; a revised value shows
 * the original beside it, and the footer the totals.
 */
class ScoreMatrix extends Grid<Rubric.Item> {

    ScoreMatrix(Rubric rubric, List<ScoreSheet> sheets, Function<ScoreSheet, String> header) {
        setAllRowsVisible(true);
        Column<Rubric.Item> itemColumn = addColumn(i -> i.id() + " " + i.name(getLocale()))
                .setHeader(getTranslation("review.matrix.item")).setFlexGrow(1);
        itemColumn.setFooter(getTranslation("review.matrix.total"));
        for (ScoreSheet sheet : sheets) {
            addColumn(item -> sheet.item(item.id()).map(ScoreMatrix::shown).orElse(""))
                    .setHeader(header.apply(sheet)).setAutoWidth(true)
                    .setFooter(sheet.total(rubric, false).stripTrailingZeros().toPlainString()
                            + (sheet.isRevised() ? " → " + sheet.total(rubric).stripTrailingZeros().toPlainString() : ""));
        }
        setItems(rubric.items());
    }

    private static String shown(ItemScore score) {
        return score.getRevised() == null ? Integer.toString(score.getGiven()) : score.getGiven() + " → " + score.getRevised();
    }
}
