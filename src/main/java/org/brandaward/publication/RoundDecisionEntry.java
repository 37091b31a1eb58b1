package org.brandaward.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import org.brandaward.shared.AbstractEntity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an approved list, in rank order: the application and the public facts of it as they stood at approval,
 * its tier, and what the office alone reads (an individual's bonus). For a recommendation upward (中华老字号) the
 * ministry's later outcome.
 */
@Entity
@EntityListeners(PublishedListChanges.class)
@Table(name = "round_decision_entry")
class RoundDecisionEntry extends AbstractEntity {

    @Column(name = "decision_id", nullable = false)
    private long decisionId;
    @Column(nullable = false)
    private int position;
    @Column(name = "application_id", nullable = false, unique = true)
    private long applicationId;
    @Column(name = "organisation_name", nullable = false)
    private String organisationName;
    @Column(name = "credit_code", nullable = false)
    private String creditCode;
    private String subject;
    @Column(name = "city_code")
    private String cityCode;
    private String tier;
    @Column(name = "bonus_amount")
    private BigDecimal bonusAmount;
    @Column(name = "certificate_number")
    private String certificateNumber;
    @Column(name = "ministry_recognised")
    private Boolean ministryRecognised;
    @Column(name = "ministry_decided_on")
    private LocalDate ministryDecidedOn;

    protected RoundDecisionEntry() {
    }

    RoundDecisionEntry(long decisionId, int position, long applicationId, String organisationName, String creditCode,
                       String subject, String cityCode, String tier, BigDecimal bonusAmount) {
        this.decisionId = decisionId;
        this.position = position;
        this.applicationId = applicationId;
        this.organisationName = organisationName;
        this.creditCode = creditCode;
        this.subject = subject;
        this.cityCode = cityCode;
        this.tier = tier;
        this.bonusAmount = bonusAmount;
    }

    void certified(String number) {
        this.certificateNumber = number;
    }

    void ministryDecided(boolean recognised, LocalDate on) {
        this.ministryRecognised = recognised;
        this.ministryDecidedOn = on;
    }

    long getDecisionId() {
        return decisionId;
    }

    int getPosition() {
        return position;
    }

    long getApplicationId() {
        return applicationId;
    }

    String getOrganisationName() {
        return organisationName;
    }

    String getCreditCode() {
        return creditCode;
    }

    String getSubject() {
        return subject;
    }

    String getCityCode() {
        return cityCode;
    }

    String getTier() {
        return tier;
    }

    BigDecimal getBonusAmount() {
        return bonusAmount;
    }

    String getCertificateNumber() {
        return certificateNumber;
    }

    Boolean getMinistryRecognised() {
        return ministryRecognised;
    }

    LocalDate getMinistryDecidedOn() {
        return ministryDecidedOn;
    }
}
