package org.brandaward.review;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.brandaward.RuleViolationException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
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

    RubricCatalog() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        this.rubrics = Arrays.stream(resources).map(r -> read(yaml, r))
                .collect(Collectors.toUnmodifiableMap(Rubric::id, Function.identity()));
    }

    public Rubric get(String id) {
        Rubric rubric = rubrics.get(id);
        if (rubric == null) {
            throw new RuleViolationException("rubric.unknown", id);
        }
        return rubric;
    }

    private static Rubric read(ObjectMapper yaml, Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Rubric rubric = yaml.readValue(in, Rubric.class);
            int total = rubric.categories().stream().mapToInt(Rubric.Category::points).sum();
            if (total != rubric.scale()) {
                throw new IllegalStateException("Rubric " + rubric.id() + " adds up to " + total + ", not " + rubric.scale());
            }
            return rubric;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable rubric " + resource, e);
        }
    }
}
