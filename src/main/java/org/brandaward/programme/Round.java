package org.brandaward.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.brandaward.AbstractEntity;

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

    protected Round() {
    }

    Round(String programmeId, int year, LocalDate applicationsOpenOn, LocalDate deadline, String openedBy, Instant openedAt) {
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

    /** Applications are accepted from the opening day to the deadline, both included. */
    public boolean acceptsApplicationsOn(LocalDate day) {
        return status == Status.OPEN && !day.isBefore(applicationsOpenOn) && !day.isAfter(deadline);
    }
}
