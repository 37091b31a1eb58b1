package org.brandaward.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One year's sales (销售额) in yuan, as the applicant reports it. */
@Embeddable
public class SalesFigure {

    @Column(nullable = false)
    private int year;
    private BigDecimal sales;

    protected SalesFigure() {
    }

    SalesFigure(int year, BigDecimal sales) {
        this.year = year;
        this.sales = sales;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getSales() {
        return sales;
    }
}
