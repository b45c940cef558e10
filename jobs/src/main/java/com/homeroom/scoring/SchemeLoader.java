package com.homeroom.scoring;

import com.homeroom.Sha256;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads and validates a scheme file; every error names the key that is wrong. */
public final class SchemeLoader {

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
        Map<String, BigDecimal> rules = SchemeRules.read(map, source);
        List<String> tiebreak = SchemeRules.meritTiebreak(map.get("merit_tiebreak"), dimensions, source);
        return new Scheme(version, name, totalMax, dimensions, rules, tiebreak, Sha256.of(bytes));
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

    private static String text(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new SchemeException(where + ": missing " + key);
        }
        return value.toString().strip();
    }

    static BigDecimal number(Object value, String key, String source) {
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new SchemeException(source + ": " + key + " must be a number, got " + value);
    }
}
