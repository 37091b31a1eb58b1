package org.brandaward.organisation;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** Usernames compare case-insensitively (a unique index on {@code lower(username)} holds it). */
    @Query("select a from UserAccount a where lower(a.username) = lower(:username)")
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByRole(String role);

    /** Locked until the transaction ends, so two admins disabling each other at once cannot leave none. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<UserAccount> findByRoleAndEnabledTrueOrderById(String role);

    List<UserAccount> findByRoleAndEnabledTrueOrderByUsername(String role);

    List<UserAccount> findByRoleAndRegionCodeIsNullOrderByUsername(String role);

    List<UserAccount> findByOrganisationIdAndEnabledTrueOrderById(long organisationId);
}
