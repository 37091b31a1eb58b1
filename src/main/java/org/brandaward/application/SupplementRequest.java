package org.brandaward.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.brandaward.programme.ProgrammeDescriptor.FormSection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** 补正 — what a reviewer asked the applicant to fix, and by when. */
@Entity
@Table(name = "supplement_request")
public class SupplementRequest {

    public static final int ITEMS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "returned_from", nullable = false)
    private ApplicationStatus returnedFrom;
    @Column(nullable = false)
    private String parts;
    @Column(nullable = false, length = ITEMS_MAX)
    private String items;
    @Column(nullable = false)
    private LocalDate deadline;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected SupplementRequest() {
    }

    SupplementRequest(long applicationId, ApplicationStatus returnedFrom, Set<FormSection> parts, String items, LocalDate deadline, String requestedBy, Instant requestedAt) {
        this.applicationId = applicationId;
        this.returnedFrom = returnedFrom;
        this.parts = parts.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.items = items;
        this.deadline = deadline;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public Long getId() {
        return id;
    }

    void resolve(Instant at) {
        resolvedAt = at;
    }

    public Set<FormSection> getParts() {
        Set<FormSection> set = EnumSet.noneOf(FormSection.class);
        Arrays.stream(parts.split(",")).map(FormSection::valueOf).forEach(set::add);
        return set;
    }

    public String getItems() {
        return items;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    /** The stage that asked; the resubmitted application returns to it. */
    public ApplicationStatus getReturnedFrom() {
        return returnedFrom;
    }

    public long getApplicationId() {
        return applicationId;
    }
}
