package org.brandaward.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** 经营数据 — one year's figures as the applicant reports them: amounts in yuan, market share in per cent. */
@Embeddable
public class Figure {

    @Column(nullable = false)
    private int year;
    private BigDecimal sales;
    private BigDecimal profit;
    private BigDecimal tax;
    @Column(name = "rd_spend")
    private BigDecimal rdSpend;
    @Column(name = "market_share")
    private BigDecimal marketShare;

    protected Figure() {
    }

    public Figure(int year) {
        this.year = year;
    }

    Figure copy() {
        Figure copy = new Figure(year);
        copy.sales = sales;
        copy.profit = profit;
        copy.tax = tax;
        copy.rdSpend = rdSpend;
        copy.marketShare = marketShare;
        return copy;
    }

    public int getYear() {
        return year;
    }

    /** 销售额 / 营业收入 */
    public BigDecimal getSales() {
        return sales;
    }

    public void setSales(BigDecimal sales) {
        this.sales = sales;
    }

    /** 利润 — may be negative. */
    public BigDecimal getProfit() {
        return profit;
    }

    public void setProfit(BigDecimal profit) {
        this.profit = profit;
    }

    /** 纳税 */
    public BigDecimal getTax() {
        return tax;
    }

    public void setTax(BigDecimal tax) {
        this.tax = tax;
    }

    /** 研发投入 */
    public BigDecimal getRdSpend() {
        return rdSpend;
    }

    public void setRdSpend(BigDecimal rdSpend) {
        this.rdSpend = rdSpend;
    }

    /** 市场占有率, per cent; optional. */
    public BigDecimal getMarketShare() {
        return marketShare;
    }

    public void setMarketShare(BigDecimal marketShare) {
        this.marketShare = marketShare;
    }
}
