package org.brandaward.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.brandaward.review.ExpertDrawService.Exclusion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

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
    /** Ids of the eligible experts, ascending, comma-separated (a {@code text} column: as many as the pool holds). */
    @Column(nullable = false)
    private String candidates;
    /** Each expert passed over, with the reason: one row each, since a large pool passes over hundreds. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_draw_exclusion", joinColumns = @JoinColumn(name = "draw_id"))
    @MapKeyColumn(name = "expert_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false)
    private Map<Long, Exclusion> exclusions = new HashMap<>();
    @Column(nullable = false)
    private String drawn;
    @Column(name = "drawn_by", nullable = false)
    private String drawnBy;
    @Column(name = "drawn_at", nullable = false)
    private Instant drawnAt;

    protected ExpertDraw() {
    }

    ExpertDraw(long applicationId, ReviewStage stage, long seed, List<Long> candidates, Map<Long, Exclusion> exclusions, List<Long> drawn,
               String drawnBy, Instant drawnAt) {
        this.applicationId = applicationId;
        this.seed = seed;
        this.stage = stage;
        this.candidates = join(candidates);
        this.exclusions = new HashMap<>(exclusions);
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

    /** The experts of the field passed over, by id (ascending), with why. */
    public SortedMap<Long, Exclusion> getExclusions() {
        return new TreeMap<>(exclusions);
    }
}
