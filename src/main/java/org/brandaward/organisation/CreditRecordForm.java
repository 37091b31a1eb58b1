package org.brandaward.organisation;

import java.time.LocalDate;

/** One credit entry as the office types it or as one CSV line carries it. */
public class CreditRecordForm {

    private String creditCode;
    private String organisationName;
    private CreditRecord.Kind kind;
    private String source;
    private LocalDate listedOn;
    private LocalDate endsOn;
    private String reason;

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public CreditRecord.Kind getKind() {
        return kind;
    }

    public void setKind(CreditRecord.Kind kind) {
        this.kind = kind;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getListedOn() {
        return listedOn;
    }

    public void setListedOn(LocalDate listedOn) {
        this.listedOn = listedOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
