package org.brandaward.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 催办 — the office reminded an expert of review work still open, with the applications open at that moment. Never
 * changed once sent. There is no mail or SMS gateway: the expert reads it at the top of their task inbox.
 */
@Entity
@Table(name = "expert_reminder")
public class ExpertReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "expert_id", nullable = false)
    private long expertId;
    @Column(name = "sent_by", nullable = false)
    private String sentBy;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;
    /** Ids of the applications open for the expert when the reminder was sent, comma-separated. */
    @Column(name = "open_applications", nullable = false)
    private String openApplications;

    protected ExpertReminder() {
    }

    ExpertReminder(long expertId, String sentBy, Instant sentAt, List<Long> openApplications) {
        this.expertId = expertId;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
        this.openApplications = openApplications.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public Long getId() {
        return id;
    }

    public long getExpertId() {
        return expertId;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public List<Long> getOpenApplications() {
        return openApplications.isEmpty() ? List.of() : Arrays.stream(openApplications.split(",")).map(Long::valueOf).toList();
    }
}
