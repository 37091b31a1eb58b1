package org.brandaward.application;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    List<Application> findByOrganisationIdOrderByIdDesc(long organisationId);

    @Query("select a.status as status, count(a) as count from Application a where a.roundId = :roundId group by a.status")
    List<StatusCount> countByStatus(long roundId);

    interface StatusCount {
        ApplicationStatus getStatus();

        long getCount();
    }
}
