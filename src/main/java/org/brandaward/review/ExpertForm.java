package org.brandaward.review;

import org.brandaward.programme.ProgrammeDescriptor.Family;

import java.util.EnumSet;
import java.util.Set;

/** What the office enters (or imports) for a pool entry; checked by {@link ExpertPoolService}. */
public class ExpertForm {

    public static final int TEXT_MAX = 100;
    public static final int EMPLOYER_MAX = 200;
    public static final int INDUSTRIES_MAX = 300;

    private String name;
    /** The GB/T 2260 code of the expert's city. */
    private String cityCode;
    private String employer;
    private String employerCreditCode;
    private String title;
    private String industries;
    private Set<Family> fields = EnumSet.noneOf(Family.class);
    /** Unified social credit codes, one per line (commas and spaces also separate). */
    private String relatedCreditCodes;
    /** The expert account of this entry, if it has one. */
    private String username;
    /** The entry's version when the form was loaded (null for a new entry): a save over a newer one is refused. */
    private Long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCityCode() {
        return cityCode;
    }

    public void setCityCode(String cityCode) {
        this.cityCode = cityCode;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getEmployerCreditCode() {
        return employerCreditCode;
    }

    public void setEmployerCreditCode(String employerCreditCode) {
        this.employerCreditCode = employerCreditCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIndustries() {
        return industries;
    }

    public void setIndustries(String industries) {
        this.industries = industries;
    }

    public Set<Family> getFields() {
        return fields;
    }

    public void setFields(Set<Family> fields) {
        this.fields = fields == null ? EnumSet.noneOf(Family.class) : fields;
    }

    public String getRelatedCreditCodes() {
        return relatedCreditCodes;
    }

    public void setRelatedCreditCodes(String relatedCreditCodes) {
        this.relatedCreditCodes = relatedCreditCodes;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
