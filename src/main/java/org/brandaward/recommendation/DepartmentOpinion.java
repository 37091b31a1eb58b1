package org.brandaward.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 部门意见 — what a consulted department answered: a clean record, or an issue found, described. */
@Entity
@Table(name = "department_opinion")
public class DepartmentOpinion {

    public static final int FINDING_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Department department;
    private boolean clean;
    private String finding;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DepartmentOpinion() {
    }

    DepartmentOpinion(long applicationId, Department department, String finding, String recordedBy, Instant recordedAt) {
        this.applicationId = applicationId;
        this.department = department;
        this.clean = finding == null;
        this.finding = finding;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Department getDepartment() {
        return department;
    }

    public boolean isClean() {
        return clean;
    }

    public String getFinding() {
        return finding;
    }
}
