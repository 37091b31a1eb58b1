package org.brandaward.survey;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.shared.TabularFile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a survey body's results, row by row, against the round's applications: the accepted rows and every rejected
 * one with its line and the message key of its reason. Nothing here stores anything.
 */
public final class SurveyImport {

    static final String CREDIT_CODE = "credit_code";
    static final String APPLICATION_NUMBER = "application_number";
    static final String SAMPLE_SIZE = "sample_size";
    static final String SCORE = "score";
    static final String HEADER = CREDIT_CODE + "," + APPLICATION_NUMBER + "," + SAMPLE_SIZE + "," + SCORE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** An application of the round a row may name. */
    record Candidate(long applicationId, String creditCode) {
    }

    public record Accepted(int line, long applicationId, int sampleSize, BigDecimal score) {
    }

    /** A row left out, with the message key of its reason and the reason's arguments. */
    public record Rejected(int line, String reasonKey, List<Object> arguments) {
    }

    public record Result(List<Accepted> accepted, List<Rejected> rejected, String digest) {
    }

    private SurveyImport() {
    }

    static Result check(String fileName, byte[] content, List<Candidate> candidates) {
        List<String[]> rows = TabularFile.rows(fileName, content);
        if (rows.isEmpty()) {
            throw new RuleViolationException("survey.import.header", HEADER);
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] header = rows.get(0);
        for (int c = 0; c < header.length; c++) {
            columns.put(header[c].toLowerCase(Locale.ROOT), c);
        }
        if (!columns.containsKey(SAMPLE_SIZE) || !columns.containsKey(SCORE)
                || !columns.containsKey(CREDIT_CODE) && !columns.containsKey(APPLICATION_NUMBER)) {
            throw new RuleViolationException("survey.import.header", HEADER);
        }
        Map<Long, Candidate> byId = new HashMap<>();
        Map<String, List<Candidate>> byCreditCode = new HashMap<>();
        candidates.forEach(c -> {
            byId.put(c.applicationId(), c);
            byCreditCode.computeIfAbsent(c.creditCode(), k -> new ArrayList<>()).add(c);
        });
        List<Accepted> accepted = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Map<Long, Integer> seenOnLine = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] cells = rows.get(i);
            if (Arrays.stream(cells).allMatch(String::isBlank)) {
                continue;
            }
            int line = i + 1;
            if (cells.length > header.length) {
                rejected.add(new Rejected(line, "survey.reject.extraColumns", List.of()));
                continue;
            }
            Object outcome = row(line, cell(cells, columns, CREDIT_CODE), cell(cells, columns, APPLICATION_NUMBER),
                    cell(cells, columns, SAMPLE_SIZE), cell(cells, columns, SCORE), byId, byCreditCode);
            if (outcome instanceof Accepted row) {
                Integer first = seenOnLine.putIfAbsent(row.applicationId(), line);
                if (first != null) {
                    rejected.add(new Rejected(line, "survey.reject.duplicate", List.of(first)));
                } else {
                    accepted.add(row);
                }
            } else {
                rejected.add((Rejected) outcome);
            }
        }
        return new Result(List.copyOf(accepted), List.copyOf(rejected), digest(content, accepted));
    }

    private static Object row(int line, String creditCode, String number, String sampleSize, String score,
                              Map<Long, Candidate> byId, Map<String, List<Candidate>> byCreditCode) {
        Candidate candidate;
        if (!number.isEmpty()) {
            Long id = parseLong(number);
            candidate = id == null ? null : byId.get(id);
            if (candidate == null) {
                return new Rejected(line, "survey.reject.unknownApplication", List.of(number));
            }
            if (!creditCode.isEmpty() && !candidate.creditCode().equalsIgnoreCase(creditCode)) {
                return new Rejected(line, "survey.reject.mismatch", List.of(creditCode, number));
            }
        } else if (!creditCode.isEmpty()) {
            List<Candidate> matches = byCreditCode.getOrDefault(creditCode.toUpperCase(Locale.ROOT), List.of());
            if (matches.isEmpty()) {
                return new Rejected(line, "survey.reject.unknownCreditCode", List.of(creditCode));
            }
            if (matches.size() > 1) {
                return new Rejected(line, "survey.reject.ambiguousCreditCode", List.of(creditCode));
            }
            candidate = matches.get(0);
        } else {
            return new Rejected(line, "survey.reject.noCandidate", List.of());
        }
        Long sample = parseLong(sampleSize);
        if (sample == null || sample <= 0 || sample > Integer.MAX_VALUE) {
            return new Rejected(line, "survey.reject.sampleSize", List.of(sampleSize));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(score);
        } catch (NumberFormatException e) {
            return new Rejected(line, "survey.reject.scoreRange", List.of(score));
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) {
            return new Rejected(line, "survey.reject.scoreRange", List.of(score));
        }
        return new Accepted(line, candidate.applicationId(), sample.intValue(), value);
    }

    private static String cell(String[] cells, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.length ? "" : cells[index].strip();
    }

    private static Long parseLong(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The same file read against the same candidates gives the same digest: confirming stores what was previewed. */
    private static String digest(byte[] content, List<Accepted> accepted) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(content);
            accepted.forEach(a -> sha.update((a.line() + ":" + a.applicationId() + ";").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
