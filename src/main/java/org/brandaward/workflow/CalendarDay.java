package org.brandaward.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** A day that breaks the Monday-to-Friday rule: a public holiday on a weekday, or a weekend day worked (调休). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    public enum Kind { HOLIDAY, WORKDAY }

    public static final int NAME_MAX = 100;

    @Id
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false, length = NAME_MAX)
    private String name;
    @Version
    private long version;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate day, Kind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    void change(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
