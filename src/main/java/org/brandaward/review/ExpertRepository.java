package org.brandaward.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ExpertRepository extends JpaRepository<Expert, Long> {

    List<Expert> findAllByOrderByCityCodeAscNameAsc();

    Optional<Expert> findByUsername(String username);
}
