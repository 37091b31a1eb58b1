package org.brandaward.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** 材料评审 — one expert's score of one application; final once submitted. */
@Entity
@Table(name = "expert_score")
public class ExpertScore {

    public static final int MIN = 0;
    public static final int MAX = 100;
    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Column(nullable = false)
    private String expert;
    @Column(nullable = false)
    private int total;
    @Column(nullable = false, length = COMMENT_MAX)
    private String comment;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected ExpertScore() {
    }

    ExpertScore(long applicationId, String expert, int total, String comment, Instant submittedAt) {
        this.applicationId = applicationId;
        this.expert = expert;
        this.total = total;
        this.comment = comment;
        this.submittedAt = submittedAt;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getExpert() {
        return expert;
    }

    public int getTotal() {
        return total;
    }

    public String getComment() {
        return comment;
    }
}
