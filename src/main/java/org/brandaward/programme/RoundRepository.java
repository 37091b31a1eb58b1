package org.brandaward.programme;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface RoundRepository extends JpaRepository<Round, Long> {

    boolean existsByProgrammeIdAndYear(String programmeId, int year);

    List<Round> findAllByOrderByYearDescProgrammeIdAsc();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Round r where r.id = :id")
    java.util.Optional<Round> findForUpdate(long id);
}
