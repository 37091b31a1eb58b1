package org.brandaward.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.brandaward.shared.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;

/** 公示 — a round's proposed list (PROVINCE) or one application in its city (CITY), public from its first to its last day. */
@Entity
@Table(name = "notice")
public class Notice extends AbstractEntity {

    public enum Scope { PROVINCE, CITY }

    public enum Status { OPEN, CLOSED }

    @Column(name = "round_id", nullable = false)
    private long roundId;
    @Column(name = "programme_id", nullable = false)
    private String programmeId;
    @Column(name = "round_year", nullable = false)
    private int roundYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scope scope;
    @Column(name = "city_code")
    private String cityCode;
    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;
    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;
    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;
    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;
    @Column(name = "working_days", nullable = false)
    private boolean workingDays;
    @Column(name = "length_days", nullable = false)
    private int lengthDays;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected Notice() {
    }

    Notice(long roundId, String programmeId, int roundYear, Scope scope, String cityCode, String processInstanceId, NoticePeriod period) {
        this.roundId = roundId;
        this.programmeId = programmeId;
        this.roundYear = roundYear;
        this.scope = scope;
        this.cityCode = cityCode;
        this.processInstanceId = processInstanceId;
        this.openedOn = period.openedOn();
        this.firstDay = period.firstDay();
        this.lastDay = period.lastDay();
        this.workingDays = period.workingDays();
        this.lengthDays = period.length();
        this.status = Status.OPEN;
    }

    void close(Instant at) {
        status = Status.CLOSED;
        closedAt = at;
    }

    /** Whether the public may still object on {@code today}: the notice is open and its last day not past. */
    boolean acceptsObjectionsOn(LocalDate today) {
        return status == Status.OPEN && !today.isAfter(lastDay);
    }

    public long getRoundId() {
        return roundId;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public int getRoundYear() {
        return roundYear;
    }

    public Scope getScope() {
        return scope;
    }

    public String getCityCode() {
        return cityCode;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public boolean isWorkingDays() {
        return workingDays;
    }

    public int getLengthDays() {
        return lengthDays;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
