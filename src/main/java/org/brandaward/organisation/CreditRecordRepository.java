package org.brandaward.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface CreditRecordRepository extends JpaRepository<CreditRecord, Long> {

    List<CreditRecord> findByCreditCode(String creditCode);

    List<CreditRecord> findByCreditCodeIn(Collection<String> creditCodes);

    boolean existsByCreditCodeAndSourceAndListedOn(String creditCode, String source, LocalDate listedOn);

    List<CreditRecord> findAllByOrderByListedOnDesc();
}
