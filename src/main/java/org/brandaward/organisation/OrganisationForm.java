package org.brandaward.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an applicant enters to register its organisation, the county picked from the national list; bound by the view,
 * checked by the service.
 */
public class OrganisationForm {

    @NotBlank
    private String creditCode;
    @NotBlank
    @Size(max = Organisation.NAME_MAX)
    private String name;
    @NotBlank
    @Size(max = Organisation.LEGAL_REPRESENTATIVE_MAX)
    private String legalRepresentative;
    /** The GB/T 2260 code of the organisation's county (区县); the city follows from it. */
    @NotBlank
    @Size(min = 6, max = 6)
    private String countyCode;
    @Size(max = Organisation.ADDRESS_MAX)
    private String address;

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
