package org.brandaward.sitevisit;

import org.brandaward.application.ApplicationStatus;
import org.brandaward.application.AttachmentService;
import org.brandaward.application.AttachmentType;
import org.brandaward.application.SafeContent;
import org.brandaward.audit.AuditLog;
import org.brandaward.programme.ProgrammeCatalog;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * 现场核查 — the provincial site visit of time-honoured brands: the office marks a candidate as needing one, then
 * records it (date, team, findings) with photos. The committee asks {@link #outstandingFor} before its ballot.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class SiteVisitService {

    static final String AUDIT_TYPE = "SITE_VISIT";
    public static final int TEAM_MAX = 1000;
    public static final int FINDINGS_MAX = 4000;

    /** A candidate of a time-honoured round with its visit, if one was marked needed; names as the applicant typed them. */
    public record Visit(long applicationId, String organisationName, String productName, boolean needed, LocalDate visitedOn,
                        String team, String findings) {
        public boolean recorded() {
            return visitedOn != null;
        }
    }

    public record Photo(UUID publicKey, String fileName, String mediaType, long sizeBytes) {
    }

    public record PhotoContent(Photo photo, InputStream bytes) {
    }

    private final JdbcClient jdbc;
    private final ProgrammeCatalog programmes;
    private final PhotoStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxBytes;

    SiteVisitService(JdbcClient jdbc, ProgrammeCatalog programmes, PhotoStore store, AuditLog audit, Clock clock,
                     @Value("${brand-award.attachments.max-size}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** Marks that the candidate needs a provincial site visit; only for time-honoured brands, once. */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void markNeeded(long applicationId) {
        long roundId = timeHonouredRoundOf(applicationId);
        int added = jdbc.sql("""
                insert into site_visit (application_id, round_id, marked_by, marked_at) values (?, ?, ?, ?)
                on conflict (application_id) do nothing""")
                .params(applicationId, roundId, CurrentUser.requireUsername(), Timestamp.from(clock.instant())).update();
        if (added == 0) {
            throw new RuleViolationException("sitevisit.alreadyMarked");
        }
        audit.record(AUDIT_TYPE, visitId(applicationId).orElseThrow(), "MARKED_NEEDED", null, applicationId, null);
    }

    /** Records (or corrects) the visit: its day, the team (names as typed) and the findings. */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public void record(long applicationId, LocalDate visitedOn, String team, String findings) {
        long visitId = visitId(applicationId).orElseThrow(() -> new RuleViolationException("sitevisit.notMarked"));
        String teamText = team == null ? "" : team.strip();
        String findingsText = findings == null ? "" : findings.strip();
        if (visitedOn == null || teamText.isEmpty() || findingsText.isEmpty()) {
            throw new RuleViolationException("sitevisit.incomplete");
        }
        if (visitedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("sitevisit.inFuture");
        }
        if (teamText.length() > TEAM_MAX) {
            throw new RuleViolationException("sitevisit.tooLong", "team", TEAM_MAX);
        }
        if (findingsText.length() > FINDINGS_MAX) {
            throw new RuleViolationException("sitevisit.tooLong", "findings", FINDINGS_MAX);
        }
        LocalDate before = jdbc.sql("select visited_on from site_visit where id = ?").param(visitId).query(LocalDate.class).optional().orElse(null);
        jdbc.sql("update site_visit set visited_on = ?, team = ?, findings = ?, recorded_by = ?, recorded_at = ?, version = version + 1 where id = ?")
                .params(visitedOn, teamText, findingsText, CurrentUser.requireUsername(), Timestamp.from(clock.instant()), visitId).update();
        audit.record(AUDIT_TYPE, visitId, before == null ? "RECORDED" : "CORRECTED", before, visitedOn, "team: " + teamText);
    }

    /** Adds a photo (JPG or PNG, recognised by content, at most the attachment size) to a marked visit. */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public Photo addPhoto(long applicationId, String fileName, byte[] content) {
        long visitId = visitId(applicationId).orElseThrow(() -> new RuleViolationException("sitevisit.notMarked"));
        // The attachments' rules for names: no path, no control characters, no direction marks; at most 120 characters.
        String name = AttachmentService.sanitisedName(fileName);
        if (content == null || content.length == 0 || content.length > maxBytes) {
            throw new RuleViolationException("sitevisit.photo.size", maxBytes >> 20);
        }
        PhotoType type = PhotoType.detect(content).filter(t -> t.matchesName(name))
                .orElseThrow(() -> new RuleViolationException("sitevisit.photo.type"));
        SafeContent.check(name, type == PhotoType.PNG ? AttachmentType.PNG : AttachmentType.JPEG, content);
        Photo photo = new Photo(UUID.randomUUID(), name, type.mediaType(), content.length);
        Long id = jdbc.sql("""
                insert into site_visit_photo (site_visit_id, public_key, file_name, media_type, size_bytes, sha256, storage_key,
                    uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(visitId, photo.publicKey(), name, type.mediaType(), (long) content.length, sha256(content),
                        store.write(content), CurrentUser.requireUsername(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record(AUDIT_TYPE, visitId, "PHOTO_ADDED", null, id, name);
        return photo;
    }

    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public List<Photo> photosOf(long applicationId) {
        return jdbc.sql("""
                select p.public_key, p.file_name, p.media_type, p.size_bytes from site_visit_photo p
                join site_visit v on v.id = p.site_visit_id where v.application_id = ? order by p.id""")
                .param(applicationId).query(Photo.class).list();
    }

    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public Optional<PhotoContent> openPhoto(UUID publicKey) {
        return jdbc.sql("select public_key, file_name, media_type, size_bytes, storage_key from site_visit_photo where public_key = ?")
                .param(publicKey).query((rs, n) -> new PhotoContent(
                        new Photo(rs.getObject("public_key", UUID.class), rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes")),
                        store.read(rs.getString("storage_key"))))
                .optional();
    }

    /** The candidates of a round in the running, with their visit where one was marked needed. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public List<Visit> ofRound(long roundId) {
        return jdbc.sql("""
                select a.id as application_id, o.name as organisation_name, a.product_name, v.id is not null as needed,
                       v.visited_on, v.team, v.findings
                from application a join organisation o on o.id = a.organisation_id
                left join site_visit v on v.application_id = a.id
                where a.round_id = ? and a.status not in %s
                order by a.id""".formatted(ApplicationStatus.outOfTheRunningSql())).param(roundId).query(Visit.class).list();
    }

    /** The applications of the round marked as needing a site visit that has not been recorded yet, by id. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN') or hasAuthority('ENGINE')")
    public List<Long> outstandingFor(long roundId) {
        return jdbc.sql("select application_id from site_visit where round_id = ? and visited_on is null order by application_id")
                .param(roundId).query(Long.class).list();
    }

    /** Whether the round's programme is one of time-honoured brands (those take site visits). */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public boolean takesSiteVisits(long roundId) {
        String programmeId = jdbc.sql("select programme_id from round where id = ?").param(roundId).query(String.class).single();
        return programmes.get(programmeId).family() == ProgrammeDescriptor.Family.TIME_HONOURED;
    }

    private long timeHonouredRoundOf(long applicationId) {
        var row = jdbc.sql("select a.round_id, r.programme_id, a.status from application a join round r on r.id = a.round_id where a.id = ?")
                .param(applicationId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new RuleViolationException("application.notFound"));
        if (programmes.get((String) row.get("programme_id")).family() != ProgrammeDescriptor.Family.TIME_HONOURED) {
            throw new RuleViolationException("sitevisit.notTimeHonoured");
        }
        if (ApplicationStatus.valueOf((String) row.get("status")).isOutOfTheRunning()) {
            throw new RuleViolationException("sitevisit.notCandidate");
        }
        return ((Number) row.get("round_id")).longValue();
    }

    private Optional<Long> visitId(long applicationId) {
        return jdbc.sql("select id from site_visit where application_id = ?").param(applicationId).query(Long.class).optional();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Photos only: JPG or PNG, by their first bytes and a matching name, as the application's attachment rules check. */
    enum PhotoType {
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "png"),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg");

        private final String mediaType;
        private final byte[] signature;
        private final List<String> extensions;

        PhotoType(String mediaType, byte[] signature, String... extensions) {
            this.mediaType = mediaType;
            this.signature = signature;
            this.extensions = List.of(extensions);
        }

        String mediaType() {
            return mediaType;
        }

        static Optional<PhotoType> detect(byte[] content) {
            for (PhotoType type : values()) {
                if (content.length >= type.signature.length
                        && java.util.Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }

        boolean matchesName(String fileName) {
            int dot = fileName.lastIndexOf('.');
            return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
    }
}
