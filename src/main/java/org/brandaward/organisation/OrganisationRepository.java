package org.brandaward.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByCreditCode(String creditCode);

    /** Organisations whose county is not known: no code, or a city's code (ending in 00). */
    @Query("select o from Organisation o where o.divisionCode is null or o.divisionCode like '%00' order by o.name")
    List<Organisation> findRegionsToFix();
}
