package org.brandaward.survey;

import org.brandaward.audit.AuditLog;
import org.brandaward.organisation.Division;
import org.brandaward.organisation.Divisions;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.security.KnownRolesOnly;
import org.brandaward.shared.RateLimiter;
import org.brandaward.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 消费者评价 — the public rating of a round's candidates during its survey window, without an account. A consumer
 * rates a candidate once per browser (a cookie's token) and once per network address and day; both are kept only as
 * keyed hashes, never raw. Only what the public may read leaves here: names of the candidate as typed, the questions,
 * the window, and how many ratings there are against the minimum — never a score.
 */
@Service
@KnownRolesOnly
@Transactional(readOnly = true)
public class RatingService {

    static final String AUDIT_TYPE = "CONSUMER_RATING";
    /** Rating attempts one address may make per hour, over all candidates. */
    static final int ATTEMPTS_PER_HOUR = 20;

    /** A candidate as the public sees it; the names are the applicant's typed text, to be shown as text. */
    public record PublicCandidate(UUID publicKey, String programmeId, String organisationName, String productName,
                                  String trademark, String cityName) {
    }

    /** What a rating page shows. */
    public record RatingPage(PublicCandidate candidate, ProgrammeDescriptor programme, List<ProgrammeDescriptor.Question> questions,
                             LocalDate firstDay, LocalDate lastDay, boolean open, int ratings, int minimumRatings) {
        public boolean belowMinimum() {
            return ratings < minimumRatings;
        }
    }

    private final Candidates candidates;
    private final SurveySettings settings;
    private final Divisions divisions;
    private final RateLimiter limiter;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final String configuredPepper;
    private volatile byte[] pepper;

    RatingService(Candidates candidates, SurveySettings settings, Divisions divisions, RateLimiter limiter, JdbcClient jdbc,
                  AuditLog audit, Clock clock, @Value("${brand-award.ratings.address-pepper:}") String configuredPepper) {
        this.candidates = candidates;
        this.settings = settings;
        this.divisions = divisions;
        this.limiter = limiter;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.configuredPepper = configuredPepper;
    }

    /** The candidates whose round's survey window is open today, by programme, for the public index. */
    @PreAuthorize("permitAll()")
    public List<PublicCandidate> openForRating() {
        LocalDate today = LocalDate.now(clock);
        List<Long> rounds = jdbc.sql("select round_id from survey_window where first_day <= ? and last_day >= ? order by round_id")
                .params(today, today).query(Long.class).list();
        return rounds.stream().flatMap(r -> candidates.ofRound(r).stream())
                .filter(c -> c.publicKey() != null).map(this::publicOf).toList();
    }

    /** The rating page of the candidate with that key; empty for an unknown key or a candidate out of the running. */
    @PreAuthorize("permitAll()")
    public Optional<RatingPage> page(UUID publicKey) {
        return candidates.byPublicKey(publicKey).map(c -> {
            String programmeId = candidates.programmeOf(c.roundId());
            Optional<SurveyService.Window> window = window(c.roundId());
            int ratings = jdbc.sql("select count(*) from consumer_rating where application_id = ?")
                    .param(c.applicationId()).query(Integer.class).single();
            return new RatingPage(publicOf(c), settings.programme(programmeId), settings.questions(programmeId),
                    window.map(SurveyService.Window::firstDay).orElse(null), window.map(SurveyService.Window::lastDay).orElse(null),
                    window.map(w -> w.isOpenOn(LocalDate.now(clock))).orElse(false), ratings, settings.minimumRatings(programmeId));
        });
    }

    /**
     * Records a consumer's answers (question id to 1..5) for the candidate, from the browser with {@code browserToken}
     * and the network {@code address}. Refused, with a message, outside the window, beyond the rate limit, with an
     * answer missing or out of range, or a second time from the same browser, or from the same address that day.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void rate(UUID publicKey, Map<String, Integer> answers, String browserToken, String address) {
        String addressHash = hash("address", address);
        if (!limiter.tryAcquire("consumer-rating", addressHash, ATTEMPTS_PER_HOUR, Duration.ofHours(1))) {
            throw new RuleViolationException("survey.rating.tooMany");
        }
        Candidates.Candidate candidate = candidates.byPublicKey(publicKey)
                .orElseThrow(() -> new RuleViolationException("survey.rating.unknown"));
        LocalDate today = LocalDate.now(clock);
        if (!window(candidate.roundId()).map(w -> w.isOpenOn(today)).orElse(false)) {
            throw new RuleViolationException("survey.rating.closed");
        }
        List<ProgrammeDescriptor.Question> questions = settings.questions(candidates.programmeOf(candidate.roundId()));
        if (questions.isEmpty()) {
            throw new RuleViolationException("survey.notApplicable");
        }
        for (ProgrammeDescriptor.Question question : questions) {
            Integer answer = answers.get(question.id());
            if (answer == null || answer < 1 || answer > 5) {
                throw new RuleViolationException("survey.rating.answer");
            }
        }
        if (browserToken == null || browserToken.isBlank()) {
            throw new RuleViolationException("survey.rating.cookie");
        }
        String browserHash = hash("browser", browserToken);
        double mean = questions.stream().mapToInt(q -> answers.get(q.id())).average().orElseThrow();
        String json = questions.stream().map(q -> "\"" + q.id().replace("\"", "") + "\":" + answers.get(q.id()))
                .collect(Collectors.joining(",", "{", "}"));
        Long id = jdbc.sql("""
                insert into consumer_rating (application_id, rated_on, browser_hash, address_hash, answers, score, rated_at)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?) on conflict do nothing returning id""")
                .params(candidate.applicationId(), today, browserHash, addressHash, json,
                        SatisfactionFigure.consumerScoreOf(mean), Timestamp.from(clock.instant()))
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            boolean sameBrowser = jdbc.sql("select count(*) from consumer_rating where application_id = ? and browser_hash = ?")
                    .params(candidate.applicationId(), browserHash).query(Integer.class).single() > 0;
            throw new RuleViolationException(sameBrowser ? "survey.rating.alreadyFromBrowser" : "survey.rating.alreadyFromAddress");
        }
        audit.record(AUDIT_TYPE, id, "RATED", null, SatisfactionFigure.consumerScoreOf(mean), "application " + candidate.applicationId());
    }

    private Optional<SurveyService.Window> window(long roundId) {
        return jdbc.sql("select first_day, last_day from survey_window where round_id = ?").param(roundId)
                .query(SurveyService.Window.class).optional();
    }

    private PublicCandidate publicOf(Candidates.Candidate c) {
        String city = c.divisionCode() == null ? "" : divisions.nameOf(Division.cityOf(c.divisionCode()));
        return new PublicCandidate(c.publicKey(), candidates.programmeOf(c.roundId()), c.organisationName(),
                c.productName(), c.trademark(), city);
    }

    /** HMAC-SHA-256 of the value with the server secret: equal values compare, none can be read back. */
    private String hash(String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((kind + ':' + (value == null ? "" : value)).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] pepper() {
        if (pepper == null) {
            String secret = configuredPepper.isBlank()
                    ? jdbc.sql("select pepper from rating_secret where id = 1").query(String.class).single()
                    : configuredPepper;
            pepper = secret.getBytes(StandardCharsets.UTF_8);
        }
        return pepper;
    }
}
