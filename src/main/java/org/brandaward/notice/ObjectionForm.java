package org.brandaward.notice;

/** What an objector types into the public form; checked by {@link ObjectionService#file}. */
public class ObjectionForm {

    private String objectorName;
    private Objection.IdType idType;
    private String idNumber;
    private String contact;
    private Long candidateId;
    private String grounds;

    public String getObjectorName() {
        return objectorName;
    }

    public void setObjectorName(String objectorName) {
        this.objectorName = objectorName;
    }

    public Objection.IdType getIdType() {
        return idType;
    }

    public void setIdType(Objection.IdType idType) {
        this.idType = idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public void setCandidateId(Long candidateId) {
        this.candidateId = candidateId;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }
}
