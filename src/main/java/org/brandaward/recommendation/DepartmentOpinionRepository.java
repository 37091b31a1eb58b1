package org.brandaward.recommendation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DepartmentOpinionRepository extends JpaRepository<DepartmentOpinion, Long> {

    List<DepartmentOpinion> findByApplicationIdOrderById(long applicationId);
}
