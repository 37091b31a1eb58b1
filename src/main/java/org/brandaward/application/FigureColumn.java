package org.brandaward.application;

import java.math.BigDecimal;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The columns of a year's figures, with their message key {@code figures.<key>}, as the form and the panel show them. */
enum FigureColumn {
    SALES("sales", Figure::getSales, Figure::setSales),
    PROFIT("profit", Figure::getProfit, Figure::setProfit),
    TAX("tax", Figure::getTax, Figure::setTax),
    RD_SPEND("rdSpend", Figure::getRdSpend, Figure::setRdSpend),
    MARKET_SHARE("marketShare", Figure::getMarketShare, Figure::setMarketShare);

    private final String key;
    private final Function<Figure, BigDecimal> getter;
    private final BiConsumer<Figure, BigDecimal> setter;

    FigureColumn(String key, Function<Figure, BigDecimal> getter, BiConsumer<Figure, BigDecimal> setter) {
        this.key = key;
        this.getter = getter;
        this.setter = setter;
    }

    String key() {
        return key;
    }

    BigDecimal of(Figure figure) {
        return getter.apply(figure);
    }

    void set(Figure figure, BigDecimal value) {
        setter.accept(figure, value);
    }
}
