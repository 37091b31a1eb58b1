package org.brandaward.programme;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.shared.YamlFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every programme the system runs, loaded once from descriptor files. The seed programmes ship in the jar; setting
 * {@code brand-award.programme-descriptors} adds more locations (e.g. {@code file:/etc/brand-award/programmes/*.yml}),
 * so a bureau adds a programme without a release.
 */
@Service
public class ProgrammeCatalog {

    static final String SEED_DESCRIPTORS = "classpath*:programmes/*.yml";

    private final Map<String, ProgrammeDescriptor> programmes;

    ProgrammeCatalog(@Value("${brand-award.programme-descriptors:" + SEED_DESCRIPTORS + "}") List<String> locations) {
        this.programmes = YamlFiles.read(locations, ProgrammeDescriptor.class).stream()
                .collect(Collectors.toUnmodifiableMap(ProgrammeDescriptor::id, Function.identity()));
    }

    public List<ProgrammeDescriptor> all() {
        return programmes.values().stream().sorted(Comparator.comparing(ProgrammeDescriptor::id)).toList();
    }

    public ProgrammeDescriptor get(String id) {
        ProgrammeDescriptor programme = programmes.get(id);
        if (programme == null) {
            throw new RuleViolationException("programme.unknown", id);
        }
        return programme;
    }
}
