package org.brandaward.organisation;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.audit.AuditLog;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.security.LoginThrottle;
import org.brandaward.security.RegionGroups;
import org.brandaward.security.Roles;
import org.brandaward.security.SignedInSessions;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Accounts for sign-in; passwords are stored as bcrypt hashes only. */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class UserAccountService implements UserDetailsService {

    /** Lower case; see {@link #isReserved}. */
    private static final Set<String> RESERVED_NAMES = Set.of("anonymoususer", "system", "engine", "admin", "administrator",
            "root", "camunda-admin");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Divisions divisions;
    private final SignedInSessions sessions;
    private final LoginThrottle throttle;
    private final Clock clock;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, Divisions divisions,
            SignedInSessions sessions, LoginThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.divisions = divisions;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Spring Security signs in through it before anyone is signed in. */
    @Override
    @PreAuthorize("permitAll()")
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(authorities(account))
                .build();
    }

    private static List<GrantedAuthority> authorities(UserAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + account.getRole()));
        account.regionGroup().ifPresent(group -> authorities.add(new SimpleGrantedAuthority(RegionGroups.AUTHORITY_PREFIX + group)));
        return authorities;
    }

    /**
     * An enterprise signs up for an applicant account; it registers its organisation after signing in.
     * Refused, with the rule named, for a malformed or taken username or a weak or mistyped password.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public UserAccount signUpApplicant(SignUpForm form) {
        String username = checkNewAccount(form.getUsername(), form.getDisplayName(), form.getPassword());
        if (!form.getPassword().equals(form.getPasswordConfirmation())) {
            throw new RuleViolationException("signUp.passwordMismatch");
        }
        String email = checkedEmail(form.getEmail()).orElseThrow(() -> new RuleViolationException("signUp.emailRequired"));
        UserAccount account = create(username, form.getPassword(), form.getDisplayName().strip(), Roles.APPLICANT);
        account.changeEmail(email);
        account.writeMailIn(form.getLocale());
        return account;
    }

    /** The address stripped, empty when none is given; refused when it is not an e-mail address. */
    private static java.util.Optional<String> checkedEmail(String raw) {
        String email = raw == null ? "" : raw.strip();
        if (email.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (email.length() > SignUpForm.EMAIL_MAX || !SignUpForm.EMAIL.matcher(email).matches()) {
            throw new RuleViolationException("signUp.emailRule");
        }
        return java.util.Optional.of(email);
    }

    /** The admin sets or changes (blank: removes) the address an account's notifications go to. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasAuthority('ENGINE')")
    public UserAccount changeEmail(long accountId, String email) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new RuleViolationException("accounts.notFound"));
        String before = account.getEmail().orElse(null);
        String after = checkedEmail(email).orElse(null);
        account.changeEmail(after);
        // Addresses are longer than the trail's state columns: they go to the detail.
        audit.record("USER_ACCOUNT", account.getId(), "EMAIL_CHANGED", null, null,
                account.getUsername() + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        return account;
    }

    /** The enabled accounts of an organisation, to whom the system writes about its applications and titles. */
    @PreAuthorize("hasAuthority('ENGINE')")
    public List<UserAccount> mailRecipientsOfOrganisation(long organisationId) {
        return accounts.findByOrganisationIdAndEnabledTrueOrderById(organisationId);
    }

    /** An enabled account by name, to whom the system writes (an expert drawn, say). */
    @PreAuthorize("hasAuthority('ENGINE')")
    public java.util.Optional<UserAccount> mailRecipient(String username) {
        return accounts.findByUsernameIgnoreCase(username).filter(UserAccount::isEnabled);
    }

    /**
     * The admin opens an account for staff: a recommender works for a city, or for a county of it, given by its
     * GB/T 2260 code; the other roles have no region. The initial password is handed over by the admin.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount createStaff(StaffAccountForm form) {
        String username = checkNewAccount(form.getUsername(), form.getDisplayName(), form.getPassword());
        String role = form.getRole();
        if (role == null || Roles.APPLICANT.equals(role) || !List.of(Roles.ALL).contains(role)) {
            throw new RuleViolationException("accounts.roleRequired");
        }
        java.util.Optional<String> email = checkedEmail(form.getEmail());
        UserAccount account = Roles.RECOMMENDER.equals(role)
                ? createRecommender(username, form.getPassword(), form.getDisplayName().strip(), form.getRegionCode())
                : create(username, form.getPassword(), form.getDisplayName().strip(), role);
        email.ifPresent(account::changeEmail);
        return account;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> all() {
        return accounts.findAll(Sort.by("username"));
    }

    /** The username, stripped, if it and the display name and password follow the rules of a new account. */
    private String checkNewAccount(String rawUsername, String displayName, String password) {
        String username = rawUsername == null ? "" : rawUsername.strip();
        if (!SignUpForm.USERNAME.matcher(username).matches()) {
            throw new RuleViolationException("signUp.usernameRule");
        }
        if (isReserved(username)) {
            throw new RuleViolationException("signUp.usernameReserved");
        }
        if (exists(username)) {
            throw new RuleViolationException("signUp.usernameTaken");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new RuleViolationException("signUp.displayNameRequired");
        }
        PasswordPolicy.check(username, password);
        return username;
    }

    /**
     * The signed-in user changes its own password: the current one, then the new one twice, by {@link PasswordPolicy}.
     * Its other sessions end (one left signed in elsewhere is signed out); this one goes on.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('APPLICANT', 'RECOMMENDER', 'EXPERT', 'OFFICE', 'COMMITTEE', 'ADMIN')")
    public void changeOwnPassword(PasswordChangeForm form) {
        UserAccount account = accounts.findByUsernameIgnoreCase(CurrentUser.requireUsername())
                .orElseThrow(() -> new RuleViolationException("accounts.notFound"));
        if (form.getCurrentPassword() == null || !passwordEncoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
            throw new RuleViolationException("password.currentWrong");
        }
        PasswordPolicy.check(account.getUsername(), form.getNewPassword());
        if (!form.getNewPassword().equals(form.getConfirmation())) {
            throw new RuleViolationException("signUp.passwordMismatch");
        }
        if (form.getNewPassword().equals(form.getCurrentPassword())) {
            throw new RuleViolationException("password.unchanged");
        }
        account.changePasswordHash(passwordEncoder.encode(form.getNewPassword()));
        Instant now = now();
        account.endSessionsBefore(now);
        // Never the password, nor its hash: the trail says who changed it and when.
        audit.record("USER_ACCOUNT", account.getId(), "PASSWORD_CHANGED", null, null, account.getUsername());
        String username = account.getUsername();
        afterCommit(() -> sessions.endOthersOf(username, now));
    }

    /**
     * The admin sets a new password for an account (someone forgot theirs, or it may be known to others) and hands it
     * over; its owner should change it after signing in. Every session of the account ends, and a lock after failed
     * sign-ins is lifted.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long accountId, String newPassword) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new RuleViolationException("accounts.notFound"));
        PasswordPolicy.check(account.getUsername(), newPassword);
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        account.endSessionsBefore(now());
        audit.record("USER_ACCOUNT", account.getId(), "PASSWORD_RESET", null, null, account.getUsername());
        String username = account.getUsername();
        afterCommit(() -> {
            throttle.release(username);
            sessions.endAllOf(username);
        });
    }

    /**
     * The admin disables an account: it can no longer sign in and its sessions end; nothing of it is removed. Not the
     * admin's own account, nor the last enabled administrator.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount disable(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new RuleViolationException("accounts.notFound"));
        if (account.getUsername().equalsIgnoreCase(CurrentUser.requireUsername())) {
            throw new RuleViolationException("accounts.disableSelf");
        }
        if (Roles.ADMIN.equals(account.getRole()) && account.isEnabled()
                && accounts.findByRoleAndEnabledTrueOrderById(Roles.ADMIN).size() <= 1) {
            throw new RuleViolationException("accounts.lastAdmin");
        }
        if (account.isEnabled()) {
            account.disable();
            account.endSessionsBefore(now());
            audit.record("USER_ACCOUNT", account.getId(), "DISABLED", "enabled", "disabled", account.getUsername());
        }
        String username = account.getUsername();
        afterCommit(() -> sessions.endAllOf(username));
        return account;
    }

    /** The admin enables a disabled account again; it signs in with the password it had. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount enable(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new RuleViolationException("accounts.notFound"));
        if (!account.isEnabled()) {
            account.enable();
            audit.record("USER_ACCOUNT", account.getId(), "ENABLED", "disabled", "enabled", account.getUsername());
        }
        return account;
    }

    /** In the database's precision (microseconds), so the session of a change compares equal to the stored moment. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Sessions end once the change is committed: a rolled-back change leaves everyone signed in as before. */
    private static void afterCommit(Runnable work) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    /**
     * Names nobody may register, in any case: Spring Security's anonymous user, the engine and the system, the
     * administrator's names, and the names of the engine's groups (the roles and Camunda's admin group).
     */
    static boolean isReserved(String username) {
        String name = username.toLowerCase(Locale.ROOT);
        return RESERVED_NAMES.contains(name) || Stream.of(Roles.ALL).anyMatch(role -> role.equalsIgnoreCase(name));
    }

    /** The enabled committee (评审委员会) accounts, from whom the office convenes a meeting. */
    @PreAuthorize("hasRole('OFFICE')")
    public List<UserAccount> committeeMembers() {
        return accounts.findByRoleAndEnabledTrueOrderByUsername(Roles.COMMITTEE);
    }

    public boolean anyWithRole(String role) {
        return accounts.existsByRole(role);
    }

    /** The demo's accounts write to example addresses ({@code .example} is reserved and reaches nobody). */
    public static String demoEmail(String username) {
        return username.toLowerCase(Locale.ROOT) + "@demo.brand-award.example";
    }

    public boolean exists(String username) {
        return accounts.findByUsernameIgnoreCase(username).isPresent();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasAuthority('ENGINE')")
    public UserAccount create(String username, String rawPassword, String displayName, String role) {
        UserAccount account = accounts.save(new UserAccount(username, passwordEncoder.encode(rawPassword), displayName, role));
        audit.record("USER_ACCOUNT", account.getId(), "CREATED", null, role, username);
        return account;
    }

    /** A recommender account of a city bureau ({@code regionCode} a city's code) or of a county bureau (a county's). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasAuthority('ENGINE')")
    public UserAccount createRecommender(String username, String rawPassword, String displayName, String regionCode) {
        requireRegion(regionCode);
        UserAccount account = create(username, rawPassword, displayName, Roles.RECOMMENDER);
        account.assignRegion(regionCode);
        audit.record("USER_ACCOUNT", account.getId(), "REGION_ASSIGNED", null, account.regionGroup().orElseThrow(), username);
        return account;
    }

    /**
     * Recommender accounts without a region, for the admin to set: opened before regions were codes with a city or
     * county the migration could not match (their old text is kept). They see no region's tasks meanwhile.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> regionsToFix() {
        return accounts.findByRoleAndRegionCodeIsNullOrderByUsername(Roles.RECOMMENDER);
    }

    /**
     * The admin sets (or changes) the city or county a recommender works for. The account's group changes at its
     * next sign-in.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount assignRegion(long accountId, String regionCode) {
        requireRegion(regionCode);
        UserAccount account = accounts.findById(accountId).filter(a -> Roles.RECOMMENDER.equals(a.getRole()))
                .orElseThrow(() -> new RuleViolationException("accounts.notRecommender"));
        String before = account.regionGroup().orElse(String.join(" ",
                account.getLegacyRegionCity() == null ? "" : account.getLegacyRegionCity(),
                account.getLegacyRegionCounty() == null ? "" : account.getLegacyRegionCounty()).strip());
        account.assignRegion(regionCode);
        audit.record("USER_ACCOUNT", account.getId(), "REGION_ASSIGNED", null, account.regionGroup().orElseThrow(),
                before + " → " + divisions.pathOf(regionCode));
        return account;
    }

    private void requireRegion(String regionCode) {
        if (!divisions.isCity(regionCode) && !divisions.isCounty(regionCode)) {
            throw new RuleViolationException("accounts.regionRequired");
        }
    }

    /** The role of an account, to show who acted without naming them; empty for the system and unknown names. */
    public java.util.Optional<String> roleOf(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(UserAccount::getRole);
    }

    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN') or hasAuthority('ENGINE') or hasAnyRole('APPLICANT', 'RECOMMENDER', 'EXPERT') and #username == authentication.name")
    public String displayName(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(UserAccount::getDisplayName).orElse(username);
    }
}
