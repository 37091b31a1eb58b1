package org.brandaward.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CreditRecordRepository extends JpaRepository<CreditRecord, Long> {

    List<CreditRecord> findByCreditCode(String creditCode);

    List<CreditRecord> findAllByOrderByListedOnDesc();
}
