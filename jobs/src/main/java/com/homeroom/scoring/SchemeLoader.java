package com.homeroom.scoring;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads and validates a scheme file; every error names the key that is wrong. */
public final class SchemeLoader {

    /** The rule keys every scheme must give, by section. */
    static final Map<String, List<String>> RULE_KEYS = Map.of(
            "conditions", List.of("meetings_min", "training_district_min", "training_total_min"),
            "grades", List.of("excellent_min", "qualified_min", "basic_min"),
            "commendation", List.of("quota_fraction", "min_years", "city_fraction"),
            "tiers", List.of("backbone_new_min_years", "backbone_new_zone_fraction", "chief_seat_fraction",
                    "chief_min_seats", "chief_min_years"),
            "school_flags", List.of("undifferentiated_min_graded", "undifferentiated_sd_below",
                    "undifferentiated_excellent_share"));

    public static Scheme loadDefault() {
        try (InputStream in = SchemeLoader.class.getResourceAsStream("/schemes/default.yaml")) {
            return parse(in.readAllBytes(), "default.yaml");
        } catch (IOException e) {
            throw new IllegalStateException("default scheme missing from the jar", e);
        }
    }

    public static Scheme load(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    public static Scheme parse(byte[] bytes, String source) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new String(bytes, StandardCharsets.UTF_8));
        if (!(root instanceof Map<?, ?> map)) {
            throw new SchemeException(source + ": not a YAML mapping");
        }
        String version = text(map, "version", source);
        String name = text(map, "name", source);
        BigDecimal totalMax = number(map.get("total_max"), "total_max", source);
        List<Dimension> dimensions = dimensions(map.get("dimensions"), source);
        BigDecimal sum = dimensions.stream().map(Dimension::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(totalMax) != 0) {
            throw new SchemeException(source + ": dimensions[*].max add up to " + sum.toPlainString()
                    + ", but total_max is " + totalMax.toPlainString());
        }
        return new Scheme(version, name, totalMax, dimensions, rules(map, source), sha256(bytes));
    }

    private static List<Dimension> dimensions(Object node, String source) {
        if (!(node instanceof List<?> list) || list.isEmpty()) {
            throw new SchemeException(source + ": dimensions must be a non-empty list");
        }
        List<Dimension> dimensions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> columns = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String key = "dimensions[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> d)) {
                throw new SchemeException(source + ": " + key + " must be a mapping");
            }
            String code = text(d, "code", source + ": " + key);
            if (!code.matches("[a-z][a-z0-9_]{0,30}")) {
                throw new SchemeException(source + ": " + key + ".code '" + code + "' must be lower_snake_case");
            }
            String column = text(d, "column", source + ": " + key);
            BigDecimal max = number(d.get("max"), key + ".max", source);
            if (max.signum() <= 0 || max.scale() > 1) {
                throw new SchemeException(source + ": " + key + ".max must be positive with at most one decimal");
            }
            if (!codes.add(code) || !columns.add(column)) {
                throw new SchemeException(source + ": " + key + " repeats code '" + code + "' or column '" + column + "'");
            }
            dimensions.add(new Dimension(code, column, max));
        }
        return List.copyOf(dimensions);
    }

    private static Map<String, BigDecimal> rules(Map<?, ?> map, String source) {
        Map<String, BigDecimal> rules = new LinkedHashMap<>();
        RULE_KEYS.forEach((section, keys) -> {
            if (!(map.get(section) instanceof Map<?, ?> s)) {
                throw new SchemeException(source + ": missing section " + section);
            }
            for (String key : keys) {
                BigDecimal value = number(s.get(key), section + "." + key, source);
                if (value.signum() < 0) {
                    throw new SchemeException(source + ": " + section + "." + key + " must not be negative");
                }
                rules.put(section + "." + key, value);
            }
        });
        return rules;
    }

    private static String text(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new SchemeException(where + ": missing " + key);
        }
        return value.toString().strip();
    }

    private static BigDecimal number(Object value, String key, String source) {
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new SchemeException(source + ": " + key + " must be a number, got " + value);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
