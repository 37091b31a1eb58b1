package org.brandaward.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** messages_zh_CN is the source bundle; messages_en must translate every key of it and no other. */
class I18nBundlesTest {

    @Test
    void english_has_exactly_the_keys_of_chinese() throws IOException {
        Properties chinese = load("/messages_zh_CN.properties");
        Properties english = load("/messages_en.properties");
        assertThat(chinese).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    @Test
    void no_message_is_empty() throws IOException {
        for (String bundle : new String[] {"/messages_zh_CN.properties", "/messages_en.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).allSatisfy(key -> assertThat(messages.getProperty(key)).as(bundle + " " + key).isNotBlank());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
