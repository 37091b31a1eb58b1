package org.brandaward.shared;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Data shipped as YAML files (programme descriptors, rubrics): every file at the given Spring resource locations
 * (e.g. {@code classpath*:rubrics/*.yml}), read strictly, so a misspelt property stops the start instead of being
 * ignored.
 */
public final class YamlFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private YamlFiles() {
    }

    public static <T> List<T> read(List<String> locations, Class<T> type) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<T> values = new ArrayList<>();
        for (String location : locations) {
            try {
                for (Resource resource : resolver.getResources(location.strip())) {
                    values.add(read(resource, type));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Unreadable location " + location, e);
            }
        }
        return values;
    }

    private static <T> T read(Resource resource, Class<T> type) {
        try (InputStream in = resource.getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + type.getSimpleName() + " " + resource, e);
        }
    }
}
