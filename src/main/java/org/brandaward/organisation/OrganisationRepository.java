package org.brandaward.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByCreditCode(String creditCode);
}
