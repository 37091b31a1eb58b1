package org.brandaward.programme;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.brandaward.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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

    ProgrammeCatalog(@Value("${brand-award.programme-descriptors:" + SEED_DESCRIPTORS + "}") List<String> locations) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> resources = new ArrayList<>();
        for (String location : locations) {
            resources.addAll(Arrays.asList(resolver.getResources(location.strip())));
        }
        this.programmes = resources.stream()
                .map(resource -> read(yaml, resource))
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

    private static ProgrammeDescriptor read(ObjectMapper yaml, Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return yaml.readValue(in, ProgrammeDescriptor.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable programme descriptor " + resource, e);
        }
    }
}
