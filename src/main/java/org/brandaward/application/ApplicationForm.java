package org.brandaward.application;

import java.math.BigDecimal;

/**
 * The applicant's answers. A draft may leave anything empty; {@link ApplicationService#submit} names each missing
 * or wrong field. Sales are for the three years before the round: {@code salesYear1} is the earliest.
 */
public class ApplicationForm {

    public static final int TEXT_MAX = 200;

    private String productName;
    private String trademark;
    private BigDecimal salesYear1;
    private BigDecimal salesYear2;
    private BigDecimal salesYear3;
    /** 诚信承诺: the legal representative accepts the pledge and signs with their name at submission. */
    private boolean pledgeAccepted;
    private String pledgeSignatory;

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public String getTrademark() {
        return trademark;
    }

    public void setTrademark(String trademark) {
        this.trademark = trademark;
    }

    public BigDecimal getSalesYear1() {
        return salesYear1;
    }

    public void setSalesYear1(BigDecimal salesYear1) {
        this.salesYear1 = salesYear1;
    }

    public BigDecimal getSalesYear2() {
        return salesYear2;
    }

    public void setSalesYear2(BigDecimal salesYear2) {
        this.salesYear2 = salesYear2;
    }

    public BigDecimal getSalesYear3() {
        return salesYear3;
    }

    public void setSalesYear3(BigDecimal salesYear3) {
        this.salesYear3 = salesYear3;
    }

    public boolean isPledgeAccepted() {
        return pledgeAccepted;
    }

    public void setPledgeAccepted(boolean pledgeAccepted) {
        this.pledgeAccepted = pledgeAccepted;
    }

    public String getPledgeSignatory() {
        return pledgeSignatory;
    }

    public void setPledgeSignatory(String pledgeSignatory) {
        this.pledgeSignatory = pledgeSignatory;
    }

    BigDecimal[] sales() {
        return new BigDecimal[] {salesYear1, salesYear2, salesYear3};
    }
}
