package org.brandaward.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * 抽取记录 — one random draw of experts for an application: the seed, the eligible candidates in the order they were
 * shuffled from, who was excluded and why, and who was drawn. {@link #pick} replays it.
 */
@Entity
@Table(name = "expert_draw")
public class ExpertDraw {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private long applicationId;
    private long seed;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStage stage;
    /** Ids of the eligible experts, ascending, comma-separated. */
    @Column(nullable = false)
    private String candidates;
    /** {@code <expert id>:<reason>} for each expert passed over, comma-separated. */
    @Column(nullable = false)
    private String excluded;
    @Column(nullable = false)
    private String drawn;
    @Column(name = "drawn_by", nullable = false)
    private String drawnBy;
    @Column(name = "drawn_at", nullable = false)
    private Instant drawnAt;

    protected ExpertDraw() {
    }

    ExpertDraw(long applicationId, ReviewStage stage, long seed, List<Long> candidates, List<String> excluded, List<Long> drawn, String drawnBy,
               Instant drawnAt) {
        this.applicationId = applicationId;
        this.seed = seed;
        this.stage = stage;
        this.candidates = join(candidates);
        this.excluded = String.join(",", excluded);
        this.drawn = join(drawn);
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    /** The first {@code count} of {@code candidates} (ascending ids) shuffled by a generator seeded with {@code seed}. */
    static List<Long> pick(List<Long> candidates, long seed, int count) {
        List<Long> shuffled = new ArrayList<>(candidates.stream().sorted().toList());
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    /** The experts this draw picks when replayed from its seed and candidates: the same as {@link #getDrawn()}. */
    public List<Long> replay() {
        return pick(split(candidates), seed, split(drawn).size());
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static List<Long> split(String ids) {
        return ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public long getSeed() {
        return seed;
    }

    public List<Long> getDrawn() {
        return split(drawn);
    }

    public List<String> getExcluded() {
        return excluded.isEmpty() ? List.of() : List.of(excluded.split(","));
    }
}
