package org.brandaward.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.brandaward.shared.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;

/** 评选年度/批次 — one call for applications of a programme. */
@Entity
public class Round extends AbstractEntity {

    public enum Status { OPEN, CLOSED }

    @Column(name = "programme_id", nullable = false)
    private String programmeId;
    @Column(nullable = false)
    private int year;
    @Column(name = "applications_open_on", nullable = false)
    private LocalDate applicationsOpenOn;
    @Column(nullable = false)
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;
    @Column(name = "opened_by", nullable = false)
    private String openedBy;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "quota_total")
    private Integer quotaTotal;
    @Column(name = "quota_per_city")
    private Integer quotaPerCity;
    @Column(name = "quota_per_county_organisations")
    private Integer quotaPerCountyOrganisations;
    @Column(name = "quota_per_county_individuals")
    private Integer quotaPerCountyIndividuals;

    protected Round() {
    }

    Round(String programmeId, int year, LocalDate applicationsOpenOn, LocalDate deadline, ProgrammeDescriptor.Quotas quotas,
          String openedBy, Instant openedAt) {
        this.quotaTotal = quotas.total();
        this.quotaPerCity = quotas.perCity();
        this.quotaPerCountyOrganisations = quotas.perCountyOrganisations();
        this.quotaPerCountyIndividuals = quotas.perCountyIndividuals();
        this.programmeId = programmeId;
        this.year = year;
        this.applicationsOpenOn = applicationsOpenOn;
        this.deadline = deadline;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getApplicationsOpenOn() {
        return applicationsOpenOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Status getStatus() {
        return status;
    }

    public ProgrammeDescriptor.Quotas getQuotas() {
        return new ProgrammeDescriptor.Quotas(quotaTotal, quotaPerCity, quotaPerCountyOrganisations, quotaPerCountyIndividuals);
    }

    /** Applications are accepted from the opening day to the deadline, both included. */
    public boolean acceptsApplicationsOn(LocalDate day) {
        return status == Status.OPEN && !day.isBefore(applicationsOpenOn) && !day.isAfter(deadline);
    }
}
