package org.brandaward.application;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    List<Application> findByOrganisationIdOrderByIdDesc(long organisationId);
}
