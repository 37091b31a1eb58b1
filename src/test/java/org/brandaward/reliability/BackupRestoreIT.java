package org.brandaward.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.brandaward.PackagedJar;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.AttachmentService;
import org.brandaward.certificate.CertificateFixtures;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded database backed up while the application runs and restored into a fresh server: applications with
 * attachments, a published list's certificates, the engine's processes, and whatever the other reliability tests
 * left. The embedded PostgreSQL's bundled binaries have no pg_dump or pg_restore (only initdb, pg_ctl and postgres;
 * Debian's pg_dump 15 refuses a 17 server), so this test takes the backup that needs nothing else: PostgreSQL's
 * online base backup through its low-level API (pg_backup_start, a copy of the data directory, pg_backup_stop with
 * its backup_label, the WAL written meanwhile), then the attachment store. A fresh server started on the copy
 * recovers from the WAL; there every application, attachment (its hash, and its file's bytes in the copied store
 * matching it), certificate, audit row and engine job of the original is found. docker/BACKUP.md. Round of 2185.
 */
@ReliabilityTest
class BackupRestoreIT {

    /** The test server's data directory (application-test.yml) and where its binaries are unpacked. */
    static final Path DATA = Path.of("target/test-postgres");
    static final Path UNPACKED = Path.of("target/test-postgres-binaries");
    static final Pattern PORT_AND_DATABASE = Pattern.compile("jdbc:postgresql://localhost:(\\d+)/([^?]+).*");
    /** Not copied: the running server's own files, and what a base backup leaves out (the WAL comes after the stop). */
    static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "pg_wal", "pg_replslot", "pg_stat_tmp",
            "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");
    static final Pattern START_WAL_FILE = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");
    static final Map<String, String> SAME_IN_BOTH = new LinkedHashMap<>();

    static {
        SAME_IN_BOTH.put("applications", "select id || ' ' || round_id || ' ' || status || ' ' || coalesce(product_name, '') from application order by id");
        SAME_IN_BOTH.put("attachments", "select id || ' ' || application_id || ' ' || sha256 || ' ' || storage_key || ' ' || file_name from attachment order by id");
        SAME_IN_BOTH.put("certificates", "select number || ' ' || application_id || ' ' || issued_on from certificate order by number");
        SAME_IN_BOTH.put("audit rows", "select id || ' ' || entity_type || ' ' || entity_id || ' ' || action from audit_event order by id");
        SAME_IN_BOTH.put("engine jobs", "select id_ || ' ' || type_ || ' ' || coalesce(duedate_::text, '') from act_ru_job order by id_");
        SAME_IN_BOTH.put("number sequences", "select prefix || ' ' || last_number from certificate_number_sequence order by prefix");
    }

    @Autowired RoundFixtures roundFixtures;
    @Autowired OrganisationFixtures organisationFixtures;
    @Autowired CertificateFixtures certificateFixtures;
    @Autowired ApplicationService applications;
    @Autowired AttachmentService attachments;
    @Autowired JdbcClient jdbc;
    @Value("${brand-award.attachments.directory}") Path store;

    @TempDir Path backup;
    Path restoredData;
    EmbeddedPostgres restoredServer;

    @AfterEach
    void stopRestored() throws Exception {
        SignIn.out();
        if (restoredServer != null) {
            restoredServer.close();
        }
    }

    @Test
    void a_base_backup_restored_into_a_fresh_server_holds_every_application_attachment_and_certificate() throws Exception {
        Round round = roundFixtures.round("sd-famous-product", 2185, null);
        List<Long> drafts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            organisationFixtures.applicantWithOrganisation("备份恢复测试第" + i + "号有限公司");
            long draft = applications.createDraft(round.getId(), ApplicantKind.ORGANISATION).getId();
            for (int f = 1; f <= 2; f++) {
                attachments.attach(draft, "证明材料" + f + ".pdf", pdf(i * 10 + f));
            }
            drafts.add(draft);
            SignIn.out();
        }
        certificateFixtures.queueBatch(round, certificateFixtures.approvedApplications(round, 20));
        assertThat(certificateFixtures.issueAll(round.getId())).isEqualTo(20);
        SignIn.out();
        Map<String, List<String>> original = new LinkedHashMap<>();
        SAME_IN_BOTH.forEach((what, query) -> original.put(what, jdbc.sql(query).query(String.class).list()));

        Matcher url = PORT_AND_DATABASE.matcher(ReliabilityDatabase.jdbcUrl());
        assertThat(url.matches()).as(ReliabilityDatabase.jdbcUrl()).isTrue();
        restoredData = backup.resolve("postgres");
        long started = System.nanoTime();
        baseBackup("jdbc:postgresql://localhost:" + url.group(1) + "/postgres?user=postgres", restoredData);
        Path copiedStore = backup.resolve("attachments");
        copyTree(store, copiedStore, Set.of());

        int port = PackagedJar.freePort();
        // started as the test server is (zonky's pg_ctl, its settings); a data directory with its postgresql.conf is kept
        restoredServer = EmbeddedPostgres.builder().setDataDirectory(restoredData).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(UNPACKED.toFile()).setRegisterShutdownHook(false).setPort(port)
                .setServerConfig("timezone", "Asia/Shanghai").start();
        System.out.printf("BackupRestoreIT: base backup of %d MiB taken and restored in %.1f s%n",
                size(restoredData) / (1024 * 1024), (System.nanoTime() - started) / 1e9);

        String restoredUrl = "jdbc:postgresql://localhost:" + port + "/" + url.group(2);
        try (SingleConnectionDataSource restoredDatabase = new SingleConnectionDataSource(restoredUrl, "postgres", "", true)) {
            JdbcClient restored = JdbcClient.create(restoredDatabase);
            SAME_IN_BOTH.forEach((what, query) -> assertThat(restored.sql(query).query(String.class).list()).as(what)
                    .isNotEmpty().containsExactlyElementsOf(original.get(what)));
            assertThat(restored.sql("select count(*) from attachment where application_id in (:ids)").param("ids", drafts)
                    .query(Long.class).single()).isEqualTo(10);
            assertThat(restored.sql("""
                            select count(*) from certificate c join application a on a.id = c.application_id where a.round_id = ?""")
                    .param(round.getId()).query(Long.class).single()).isEqualTo(20);
            List<String[]> files = restored.sql("select storage_key, sha256 from attachment")
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            for (String[] file : files) {
                Path copy = copiedStore.resolve(file[0].substring(0, 2)).resolve(file[0]);
                assertThat(copy).as("attachment " + file[0] + " in the copied store").isRegularFile();
                assertThat(sha256(Files.readAllBytes(copy))).as("its bytes match the restored hash").isEqualTo(file[1]);
            }
            System.out.printf("BackupRestoreIT: %d applications, %d attachments, %d certificates, %d audit rows restored%n",
                    original.get("applications").size(), files.size(), original.get("certificates").size(), original.get("audit rows").size());
        }
    }

    /**
     * PostgreSQL's low-level base backup (non-exclusive: start and stop in one session): the data directory copied
     * between pg_backup_start and pg_backup_stop, the backup_label that stop answers written into the copy, then the
     * WAL written up to the stop, from which the copy's server recovers to a consistent state.
     */
    private void baseBackup(String serverUrl, Path copy) throws Exception {
        try (Connection session = DriverManager.getConnection(serverUrl); Statement statement = session.createStatement()) {
            statement.execute("select pg_backup_start('brand-award BackupRestoreIT', true)");
            copyTree(DATA, copy, LEFT_OUT);
            try (ResultSet stop = statement.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
                assertThat(stop.next()).isTrue();
                Files.writeString(copy.resolve("backup_label"), stop.getString(1), StandardCharsets.UTF_8);
                if (stop.getString(2) != null && !stop.getString(2).isEmpty()) {
                    Files.writeString(copy.resolve("tablespace_map"), stop.getString(2), StandardCharsets.UTF_8);
                }
            }
        }
        for (String empty : LEFT_OUT) {
            if (!empty.startsWith("postmaster")) {
                Files.createDirectories(copy.resolve(empty));
            }
        }
        Files.createDirectories(copy.resolve("pg_wal/archive_status"));
        Matcher start = START_WAL_FILE.matcher(Files.readString(copy.resolve("backup_label")));
        assertThat(start.find()).as("the backup_label's first WAL file").isTrue();
        try (Stream<Path> wal = Files.list(DATA.resolve("pg_wal"))) {
            for (Path segment : (Iterable<Path>) wal::iterator) {
                // the segments from the backup's start on (names sort by position on one timeline)
                if (Files.isRegularFile(segment) && segment.getFileName().toString().compareTo(start.group(1)) >= 0) {
                    Files.copy(segment, copy.resolve("pg_wal").resolve(segment.getFileName().toString()));
                }
            }
        }
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwx------"));
    }

    private static byte[] pdf(int n) {
        return ("%PDF-1.7\n% backup " + n + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Copies a tree that changes while it is read: a file gone meanwhile (a temporary one) is left out. */
    private static void copyTree(Path from, Path to, Set<String> leftOut) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> paths = Files.list(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String name = path.getFileName().toString();
                if (leftOut.contains(name)) {
                    continue;
                }
                Path target = to.resolve(name);
                if (Files.isDirectory(path)) {
                    copyTree(path, target, Set.of());
                } else {
                    try {
                        Files.copy(path, target);
                    } catch (NoSuchFileException goneMeanwhile) {
                        // a temporary file of the running server or store
                    }
                }
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static long size(Path directory) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
