package org.brandaward.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import org.brandaward.shared.AbstractEntity;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** 申报 — one organisation's entry in a round. */
@Entity
public class Application extends AbstractEntity {

    /** The fields kept in columns of their own: lists, certificates and searches use them. */
    static final String PRODUCT_NAME = "productName";
    static final String TRADEMARK = "trademark";
    static final String PERSONAL_NAME = "personName";

    @Column(name = "round_id", nullable = false)
    private long roundId;
    @Column(name = "organisation_id", nullable = false)
    private long organisationId;
    @Column(name = "product_name", length = ApplicationForm.TEXT_MAX)
    private String productName;
    @Column(length = ApplicationForm.TEXT_MAX)
    private String trademark;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    private ApplicantKind applicantKind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status = ApplicationStatus.DRAFT;
    /** Why of the last step: a reason, a supplement request's items, the department findings joined (a {@code text} column). */
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "pledge_signatory")
    private String pledgeSignatory;
    @Column(name = "pledged_at")
    private Instant pledgedAt;
    /** 复评 — the certificate this application re-evaluates; null for a first application. */
    @Column(name = "reevaluates_certificate_id")
    private Long reevaluatesCertificateId;

    /** The answers of the form other than the subject's name and trademark, by field name (see {@link FormSections}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    private Map<String, Object> details = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_figure", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("year")
    private List<Figure> figures = new ArrayList<>();

    protected Application() {
    }

    Application(long roundId, long organisationId, ApplicantKind applicantKind, Instant createdAt) {
        this.roundId = roundId;
        this.organisationId = organisationId;
        this.applicantKind = applicantKind;
        this.createdAt = createdAt;
    }

    /** Takes the form's answers to {@code fields}, and its figures of {@code figureYears}. */
    void update(ApplicationForm form, Set<String> fields, List<Integer> figureYears) {
        Map<String, Object> answers = new HashMap<>(form.values());
        answers.keySet().retainAll(fields);
        productName = (String) answers.remove(PRODUCT_NAME);
        trademark = (String) answers.remove(TRADEMARK);
        details = answers;
        figures.clear();
        for (int year : figureYears) {
            Figure figure = form.figureOf(year);
            figures.add(figure == null ? new Figure(year) : figure.copy());
        }
    }

    ApplicationForm toForm() {
        var form = new ApplicationForm();
        details.forEach(form::set);
        form.set(PRODUCT_NAME, productName);
        form.set(TRADEMARK, trademark);
        figures.forEach(f -> form.replaceFigure(f.copy()));
        form.setVersion(getVersion());
        return form;
    }

    /** Marks the draft as the re-evaluation of {@code certificateId}, with the answers of the title's own application. */
    void reevaluate(long certificateId, Application original, Set<String> fields, List<Integer> figureYears) {
        this.reevaluatesCertificateId = certificateId;
        update(original.toForm(), fields, figureYears);
    }

    void submitted(String processInstanceId, String pledgeSignatory, Instant at) {
        this.processInstanceId = processInstanceId;
        this.pledgeSignatory = pledgeSignatory;
        this.pledgedAt = at;
        this.submittedAt = at;
    }

    void moveTo(ApplicationStatus next, String reason) {
        this.status = next;
        this.decisionReason = reason;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    /** Whether the organisation applies itself, or for one of its people (quality awards). */
    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    /** What the application is for, as lists show it: the product, service or brand, or the individual's name. */
    public String subject() {
        return productName != null ? productName : (String) details.get(PERSONAL_NAME);
    }

    public String getProductName() {
        return productName;
    }

    public String getTrademark() {
        return trademark;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getPledgeSignatory() {
        return pledgeSignatory;
    }

    /** A declared answer of the form, e.g. {@code foundedYear}; null when not answered. */
    public Object detail(String field) {
        return details.get(field);
    }

    /** The certificate a re-evaluation application (复评) re-evaluates, or null. */
    public Long getReevaluatesCertificateId() {
        return reevaluatesCertificateId;
    }

    public boolean isReevaluation() {
        return reevaluatesCertificateId != null;
    }

    public List<Figure> getFigures() {
        return List.copyOf(figures);
    }
}
