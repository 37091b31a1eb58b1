package org.brandaward.programme;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ProgrammeSettingRepository extends JpaRepository<ProgrammeSettingValue, Long> {

    List<ProgrammeSettingValue> findByProgrammeId(String programmeId);

    Optional<ProgrammeSettingValue> findByProgrammeIdAndSetting(String programmeId, ProgrammeSetting setting);
}
