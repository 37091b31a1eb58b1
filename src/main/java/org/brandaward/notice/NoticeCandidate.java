package org.brandaward.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A candidate of a notice with the facts the rules make public, copied when the notice opens. */
@Entity
@Table(name = "notice_candidate")
public class NoticeCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "notice_id", nullable = false)
    private long noticeId;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    @Column(nullable = false)
    private int position;
    @Column(name = "organisation_name", nullable = false)
    private String organisationName;
    private String subject;
    private String trademark;
    @Column(name = "city_code")
    private String cityCode;
    @Column(nullable = false)
    private boolean removed;

    protected NoticeCandidate() {
    }

    NoticeCandidate(long noticeId, long applicationId, int position, String organisationName, String subject, String trademark, String cityCode) {
        this.noticeId = noticeId;
        this.applicationId = applicationId;
        this.position = position;
        this.organisationName = organisationName;
        this.subject = subject;
        this.trademark = trademark;
        this.cityCode = cityCode;
    }

    void remove() {
        removed = true;
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public int getPosition() {
        return position;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getSubject() {
        return subject;
    }

    public String getTrademark() {
        return trademark;
    }

    public String getCityCode() {
        return cityCode;
    }

    /** Whether an upheld objection took the candidate off the list. */
    public boolean isRemoved() {
        return removed;
    }
}
