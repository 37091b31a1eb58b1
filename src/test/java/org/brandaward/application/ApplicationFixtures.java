package org.brandaward.application;

import org.brandaward.organisation.OrganisationFixtures;

import java.math.BigDecimal;
import java.util.List;

/** What an applicant fills in. */
public final class ApplicationFixtures {

    private ApplicationFixtures() {
    }

    /**
     * An application form that any programme accepts and whose declarations meet every eligibility rule: every
     * field of every section answered, and figures for the years around any round a test opens.
     */
    public static ApplicationForm completeForm(String product) {
        var form = new ApplicationForm();
        form.set("foundedYear", 1990);
        form.set("registeredInProvince", true);
        form.set("domesticControl", true);
        form.set("majorAccidentLast3Years", false);
        form.set("financialViolationLast3Years", false);
        form.set("employees", 320);
        form.set("profile", "专业生产" + product + "三十余年。");
        form.set("productName", product);
        form.set("productSinceYear", 1995);
        form.set("trademark", product + "®");
        form.set("trademarkRegistrationNo", "第1234567号");
        form.set("trademarkDisputed", false);
        form.set("certifications", "ISO 9001");
        form.set("spotChecksPassedLast3Years", true);
        for (String criterion : List.of("leadership", "strategy", "customersAndMarket", "resources", "processManagement",
                "measurementAndAnalysis", "results")) {
            form.set(criterion, "按卓越绩效模式持续改进（" + criterion + "）。");
        }
        form.set("personName", "李明");
        form.set("personPosition", "质量总监");
        form.set("yearsOfQualityWork", 12);
        form.set("achievements", "主持建立卓越绩效管理体系");
        form.set("brandFoundedYear", 1900);
        form.set("foundingProof", "清光绪年间商号契约");
        form.set("mainBusinessSinceYear", 1920);
        form.set("inheritedCraft", "传统手工技艺");
        form.set("lineage", "五代传承");
        form.set("culturalEvidence", "地方志记载");
        for (int year = 2015; year <= 2199; year++) {
            Figure figure = form.figure(year);
            figure.setSales(new BigDecimal("120000000").add(BigDecimal.valueOf(year - 2015).multiply(new BigDecimal("7500000.50"))));
            figure.setProfit(new BigDecimal("9000000"));
            figure.setTax(new BigDecimal("4000000"));
            figure.setRdSpend(new BigDecimal("3600000"));
            figure.setMarketShare(new BigDecimal("12.5"));
        }
        form.setPledgeAccepted(true);
        form.setPledgeSignatory(OrganisationFixtures.LEGAL_REPRESENTATIVE);
        return form;
    }
}
