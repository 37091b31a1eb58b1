package org.brandaward.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an applicant types to register its organisation; bound by the view, checked by the service. */
public class OrganisationForm {

    @NotBlank
    private String creditCode;
    @NotBlank
    @Size(max = Organisation.NAME_MAX)
    private String name;
    @NotBlank
    @Size(max = 100)
    private String legalRepresentative;
    @NotBlank
    @Size(max = 100)
    private String city;
    @NotBlank
    @Size(max = 100)
    private String county;
    @Size(max = 300)
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

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
