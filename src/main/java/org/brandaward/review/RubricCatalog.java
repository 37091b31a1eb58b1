package org.brandaward.review;

import org.brandaward.shared.RuleViolationException;
import org.brandaward.shared.YamlFiles;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rubrics programmes name ({@code rubric:} in a descriptor), read once from {@code rubrics/*.yml}. A rubric
 * whose items do not add up to its scale is refused at startup.
 */
@Service
public class RubricCatalog {

    static final String LOCATION = "classpath*:rubrics/*.yml";

    private final Map<String, Rubric> rubrics;

    RubricCatalog() {
        List<Rubric> read = YamlFiles.read(List.of(LOCATION), Rubric.class);
        read.forEach(RubricCatalog::checkTotal);
        this.rubrics = read.stream().collect(Collectors.toUnmodifiableMap(Rubric::id, Function.identity()));
    }

    public Rubric get(String id) {
        Rubric rubric = rubrics.get(id);
        if (rubric == null) {
            throw new RuleViolationException("rubric.unknown", id);
        }
        return rubric;
    }

    private static void checkTotal(Rubric rubric) {
        int total = rubric.categories().stream().mapToInt(Rubric.Category::points).sum();
        if (total != rubric.scale()) {
            throw new IllegalStateException("Rubric " + rubric.id() + " adds up to " + total + ", not " + rubric.scale());
        }
    }
}
