package org.brandaward.survey;

import org.brandaward.audit.AuditLog;
import org.brandaward.security.CurrentUser;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The office's side of the satisfaction survey of a round: importing the survey body's results (a preview first, then
 * all the accepted rows or nothing), the consumer rating window, and the figures of the round's candidates.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class SurveyService {

    static final String IMPORT_AUDIT_TYPE = "SURVEY_IMPORT";
    static final String WINDOW_AUDIT_TYPE = "SURVEY_WINDOW";

    /** The survey window of a round: consumers rate from the first to the last day, both included. */
    public record Window(LocalDate firstDay, LocalDate lastDay) {
        public boolean isOpenOn(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }

        /** As the audit keeps it: 2026-05-01..2026-05-31. */
        String days() {
            return firstDay + ".." + lastDay;
        }
    }

    /** A candidate of the round with its rating page's key (once the window is set) and its figure. */
    public record CandidateFigure(long applicationId, String organisationName, String productName, UUID publicKey,
                                  SatisfactionFigure figure) {
    }

    private final Candidates candidates;
    private final SurveySettings settings;
    private final FigureReader figures;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SurveyService(Candidates candidates, SurveySettings settings, FigureReader figures, JdbcClient jdbc,
                  AuditLog audit, Clock clock) {
        this.candidates = candidates;
        this.settings = settings;
        this.figures = figures;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks a survey body's file row by row against the round's candidates; stores nothing. */
    @PreAuthorize("hasRole('OFFICE')")
    public SurveyImport.Result preview(long roundId, String fileName, byte[] content) {
        requireSurvey(roundId);
        return SurveyImport.check(fileName, content, importCandidates(roundId));
    }

    /**
     * Stores the accepted rows of the previewed file, replacing the round's survey results: all of them or, when the
     * file or the round's candidates changed since the preview ({@code digest}), none. The rejected rows are not stored.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public int confirm(long roundId, String fileName, byte[] content, String digest) {
        requireSurvey(roundId);
        SurveyImport.Result result = SurveyImport.check(fileName, content, importCandidates(roundId));
        if (!result.digest().equals(digest)) {
            throw new RuleViolationException("survey.import.changed");
        }
        if (result.accepted().isEmpty()) {
            throw new RuleViolationException("survey.import.nothing");
        }
        int before = jdbc.sql("delete from survey_result where round_id = ?").param(roundId).update();
        Timestamp now = Timestamp.from(clock.instant());
        String importer = CurrentUser.requireUsername();
        for (SurveyImport.Accepted row : result.accepted()) {
            jdbc.sql("""
                    insert into survey_result (round_id, application_id, sample_size, score, imported_by, imported_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(roundId, row.applicationId(), row.sampleSize(), row.score(), importer, now).update();
        }
        audit.record(IMPORT_AUDIT_TYPE, roundId, before == 0 ? "IMPORTED" : "REPLACED", before, result.accepted().size(),
                fileName + ": " + result.accepted().size() + " rows stored, " + result.rejected().size() + " rejected");
        return result.accepted().size();
    }

    /** The survey scores of the round's candidates, by application. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public long resultCount(long roundId) {
        return jdbc.sql("select count(*) from survey_result where round_id = ?").param(roundId).query(Long.class).single();
    }

    /**
     * Sets the round's consumer rating window and gives every candidate still without one a random key for its
     * public rating page. Set again, it also keys the candidates that came since.
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICE')")
    public Window setWindow(long roundId, LocalDate firstDay, LocalDate lastDay) {
        requireSurvey(roundId);
        if (firstDay == null || lastDay == null) {
            throw new RuleViolationException("survey.window.required");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new RuleViolationException("survey.window.order");
        }
        Optional<Window> before = windowOf(roundId);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into survey_window (round_id, first_day, last_day, set_by, set_at) values (?, ?, ?, ?, ?)
                on conflict (round_id) do update set first_day = excluded.first_day, last_day = excluded.last_day,
                    set_by = excluded.set_by, set_at = excluded.set_at, version = survey_window.version + 1""")
                .params(roundId, firstDay, lastDay, CurrentUser.requireUsername(), now).update();
        for (Candidates.Candidate candidate : candidates.ofRound(roundId)) {
            if (candidate.publicKey() == null) {
                jdbc.sql("insert into rating_candidate (application_id, round_id, public_key, created_at) values (?, ?, ?, ?)")
                        .params(candidate.applicationId(), roundId, UUID.randomUUID(), now).update();
            }
        }
        Window window = new Window(firstDay, lastDay);
        audit.record(WINDOW_AUDIT_TYPE, roundId, "SET", before.map(Window::days).orElse(null), window.days(), null);
        return window;
    }

    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public Optional<Window> windowOf(long roundId) {
        return jdbc.sql("select first_day, last_day from survey_window where round_id = ?").param(roundId)
                .query(Window.class).optional();
    }

    /** Every candidate of the round with its satisfaction figure and rating page key. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public List<CandidateFigure> figuresOf(long roundId) {
        requireSurvey(roundId);
        return candidates.ofRound(roundId).stream()
                .map(c -> new CandidateFigure(c.applicationId(), c.organisationName(), c.productName(), c.publicKey(),
                        figures.of(c.applicationId())))
                .toList();
    }

    /** Whether the round's programme takes a satisfaction survey. */
    @PreAuthorize("hasAnyRole('OFFICE', 'COMMITTEE', 'ADMIN')")
    public boolean hasSurvey(long roundId) {
        return settings.hasSurvey(candidates.programmeOf(roundId));
    }

    private void requireSurvey(long roundId) {
        if (!settings.hasSurvey(candidates.programmeOf(roundId))) {
            throw new RuleViolationException("survey.notApplicable");
        }
    }

    private List<SurveyImport.Candidate> importCandidates(long roundId) {
        return candidates.ofRound(roundId).stream()
                .map(c -> new SurveyImport.Candidate(c.applicationId(), c.creditCode())).toList();
    }
}
