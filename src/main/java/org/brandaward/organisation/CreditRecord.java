package org.brandaward.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.brandaward.shared.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 失信记录 — a blacklist or serious-dishonesty entry of an organisation; while active it vetoes every programme.
 * Recorded once per credit code, source and listing date.
 */
@Entity
@Table(name = "credit_record", uniqueConstraints = @UniqueConstraint(name = "credit_record_once", columnNames = {"credit_code", "source", "listed_on"}))
public class CreditRecord extends AbstractEntity {

    public enum Kind { BLACKLIST, SERIOUS_DISHONESTY }

    @Column(name = "credit_code", nullable = false, length = CreditCode.LENGTH)
    private String creditCode;
    @Column(name = "organisation_name", nullable = false)
    private String organisationName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private String source;
    @Column(name = "listed_on", nullable = false)
    private LocalDate listedOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(nullable = false)
    private String reason;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CreditRecord() {
    }

    CreditRecord(CreditRecordForm form, String recordedBy, Instant recordedAt) {
        this.creditCode = CreditCode.normalise(form.getCreditCode());
        this.organisationName = form.getOrganisationName().strip();
        this.kind = form.getKind();
        this.source = form.getSource().strip();
        this.listedOn = form.getListedOn();
        this.endsOn = form.getEndsOn();
        this.reason = form.getReason().strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(listedOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getListedOn() {
        return listedOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getReason() {
        return reason;
    }
}
