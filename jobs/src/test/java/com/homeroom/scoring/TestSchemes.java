package com.homeroom.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The default scheme file with some of its lines changed: what a district would do between years. */
final class TestSchemes {

    private TestSchemes() {
    }

    static String defaultYaml() {
        try (InputStream in = TestSchemes.class.getResourceAsStream("/schemes/default.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pairs of (text in default.yaml, replacement); each text must occur. */
    static String defaultYamlWith(String... fromTo) {
        String yaml = defaultYaml();
        for (int i = 0; i < fromTo.length; i += 2) {
            if (!yaml.contains(fromTo[i])) {
                throw new IllegalArgumentException("default.yaml has no '" + fromTo[i] + "'");
            }
            yaml = yaml.replace(fromTo[i], fromTo[i + 1]);
        }
        return yaml;
    }

    static Scheme defaultWith(String... fromTo) {
        return parse(defaultYamlWith(fromTo));
    }

    static Scheme parse(String yaml) {
        return SchemeLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
    }
}
