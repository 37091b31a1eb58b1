package org.brandaward.programme;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RoundRepository extends JpaRepository<Round, Long> {

    boolean existsByProgrammeIdAndYear(String programmeId, int year);

    List<Round> findAllByOrderByYearDescProgrammeIdAsc();
}
