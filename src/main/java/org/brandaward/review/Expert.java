package org.brandaward.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import org.brandaward.shared.AbstractEntity;
import org.brandaward.programme.ProgrammeDescriptor.Family;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** 评审专家 — one entry of the office's expert pool; an expert account belongs to at most one entry. */
@Entity
public class Expert extends AbstractEntity {

    @Column(nullable = false)
    private String name;
    /** The GB/T 2260 code of the city the expert lives in, for the draw's same-city rule; null while to fix. */
    @Column(name = "city_code", length = 6)
    private String cityCode;
    /** The city typed before regions were codes, kept where the migration could not map it (see V22). */
    @Column(name = "legacy_city")
    private String legacyCity;
    @Column(nullable = false)
    private String employer;
    @Column(name = "employer_credit_code")
    private String employerCreditCode;
    private String title;
    private String industries;
    private String username;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The programme families the expert reviews. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_field", joinColumns = @JoinColumn(name = "expert_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "family")
    private Set<Family> fields = new HashSet<>();

    /** Organisations the expert declared a relation to (work, shares, family, consulting), by credit code. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_relation", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "credit_code")
    private Set<String> relatedCreditCodes = new HashSet<>();

    protected Expert() {
    }

    Expert(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Takes a checked form; codes are normalised by the caller. */
    void update(ExpertForm form, String employerCreditCode, Set<String> relatedCreditCodes) {
        name = form.getName().strip();
        cityCode = form.getCityCode().strip();
        legacyCity = null;
        employer = form.getEmployer().strip();
        this.employerCreditCode = employerCreditCode;
        title = blankToNull(form.getTitle());
        industries = blankToNull(form.getIndustries());
        username = blankToNull(form.getUsername());
        fields.clear();
        fields.addAll(form.getFields());
        this.relatedCreditCodes.clear();
        this.relatedCreditCodes.addAll(relatedCreditCodes);
    }

    ExpertForm toForm() {
        var form = new ExpertForm();
        form.setName(name);
        form.setCityCode(cityCode);
        form.setEmployer(employer);
        form.setEmployerCreditCode(employerCreditCode);
        form.setTitle(title);
        form.setIndustries(industries);
        form.setUsername(username);
        form.setFields(fields.isEmpty() ? EnumSet.noneOf(Family.class) : EnumSet.copyOf(fields));
        form.setRelatedCreditCodes(String.join("\n", new TreeSet<>(relatedCreditCodes)));
        form.setVersion(getVersion());
        return form;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() {
        return name;
    }

    public String getCityCode() {
        return cityCode;
    }

    public String getLegacyCity() {
        return legacyCity;
    }

    /** Whether the office has to pick the expert's city: the text of old matched no city of the national list. */
    public boolean isCityToFix() {
        return cityCode == null;
    }

    public String getEmployer() {
        return employer;
    }

    public String getEmployerCreditCode() {
        return employerCreditCode;
    }

    public String getTitle() {
        return title;
    }

    public String getIndustries() {
        return industries;
    }

    public String getUsername() {
        return username;
    }

    public Set<Family> getFields() {
        return Set.copyOf(fields);
    }

    public Set<String> getRelatedCreditCodes() {
        return Set.copyOf(relatedCreditCodes);
    }
}
