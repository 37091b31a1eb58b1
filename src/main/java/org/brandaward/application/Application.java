package org.brandaward.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import org.brandaward.AbstractEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 申报 — one organisation's entry in a round. */
@Entity
public class Application extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    private long roundId;
    @Column(name = "organisation_id", nullable = false)
    private long organisationId;
    @Column(name = "product_name", length = ApplicationForm.TEXT_MAX)
    private String productName;
    @Column(length = ApplicationForm.TEXT_MAX)
    private String trademark;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status = ApplicationStatus.DRAFT;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "pledge_signatory")
    private String pledgeSignatory;
    @Column(name = "pledged_at")
    private Instant pledgedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_figure", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("year")
    private List<SalesFigure> figures = new ArrayList<>();

    protected Application() {
    }

    Application(long roundId, long organisationId, Instant createdAt) {
        this.roundId = roundId;
        this.organisationId = organisationId;
        this.createdAt = createdAt;
    }

    void update(ApplicationForm form, int firstFigureYear) {
        productName = blankToNull(form.getProductName());
        trademark = blankToNull(form.getTrademark());
        figures.clear();
        BigDecimal[] sales = form.sales();
        for (int i = 0; i < sales.length; i++) {
            figures.add(new SalesFigure(firstFigureYear + i, sales[i]));
        }
    }

    ApplicationForm toForm() {
        var form = new ApplicationForm();
        form.setProductName(productName);
        form.setTrademark(trademark);
        BigDecimal[] sales = new BigDecimal[3];
        for (int i = 0; i < figures.size() && i < sales.length; i++) {
            sales[i] = figures.get(i).getSales();
        }
        form.setSalesYear1(sales[0]);
        form.setSalesYear2(sales[1]);
        form.setSalesYear3(sales[2]);
        return form;
    }

    void submitted(String processInstanceId, String pledgeSignatory, Instant at) {
        this.processInstanceId = processInstanceId;
        this.pledgeSignatory = pledgeSignatory;
        this.pledgedAt = at;
        this.submittedAt = at;
    }

    void moveTo(ApplicationStatus next, String reason) {
        this.status = next;
        this.decisionReason = reason;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long getRoundId() {
        return roundId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getProductName() {
        return productName;
    }

    public String getTrademark() {
        return trademark;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getPledgeSignatory() {
        return pledgeSignatory;
    }

    public List<SalesFigure> getFigures() {
        return List.copyOf(figures);
    }
}
