package org.brandaward.security;

import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationForm;
import org.brandaward.application.Figure;

import java.math.BigDecimal;

/** {@link ApplicationFixtures#completeForm} with figures also for the years of the rounds the matrix tests open (2140-2159). */
final class MatrixForms {

    private MatrixForms() {
    }

    static ApplicationForm completeForm(String product) {
        ApplicationForm form = ApplicationFixtures.completeForm(product);
        for (int year = 2101; year <= 2160; year++) {
            Figure figure = form.figure(year);
            figure.setSales(new BigDecimal("150000000"));
            figure.setProfit(new BigDecimal("9000000"));
            figure.setTax(new BigDecimal("4000000"));
            figure.setRdSpend(new BigDecimal("3600000"));
            figure.setMarketShare(new BigDecimal("12.5"));
        }
        return form;
    }
}
