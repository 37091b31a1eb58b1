package org.brandaward.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The office's value of a setting of a programme, replacing the descriptor's. */
@Entity
@Table(name = "programme_setting")
class ProgrammeSettingValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "programme_id", nullable = false)
    private String programmeId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgrammeSetting setting;
    private Integer value;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ProgrammeSettingValue() {
    }

    ProgrammeSettingValue(String programmeId, ProgrammeSetting setting) {
        this.programmeId = programmeId;
        this.setting = setting;
    }

    void change(Integer value, String changedBy, Instant changedAt) {
        this.value = value;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    Long getId() {
        return id;
    }

    ProgrammeSetting getSetting() {
        return setting;
    }

    Integer getValue() {
        return value;
    }
}
