package org.brandaward.application;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    List<Application> findByOrganisationIdOrderByIdDesc(long organisationId);

    List<Application> findByRoundIdOrderById(long roundId);

    List<Application> findByReevaluatesCertificateId(long certificateId);

    /** The application with its row locked ({@code select ... for update}) until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = :applicationId")
    Optional<Application> findByIdForUpdate(long applicationId);

    /** Whether the organisation was recognised in a round of the programme held in a year from {@code fromYear} to {@code toYear}. */
    @Query("""
            select count(a) > 0 from Application a, org.brandaward.programme.Round r
            where a.roundId = r.id and a.organisationId = :organisationId and r.programmeId = :programmeId
              and a.status = org.brandaward.application.ApplicationStatus.APPROVED and r.year between :fromYear and :toYear""")
    boolean recognisedBetween(long organisationId, String programmeId, int fromYear, int toYear);

    @Query("select a.status as status, count(a) as count from Application a where a.roundId = :roundId group by a.status")
    List<StatusCount> countByStatus(long roundId);

    interface StatusCount {
        ApplicationStatus getStatus();

        long getCount();
    }
}
