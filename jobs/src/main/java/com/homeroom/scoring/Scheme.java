package com.homeroom.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An assessment scheme (考核方案) as loaded from YAML: data, not code. {@code hash} is the
 * SHA-256 of the file's bytes, recorded with every run so a result names the scheme behind it.
 *
 * @param rules         the numeric rules by section and key (conditions.meetings_min, …), validated on load
 * @param meritTiebreak the dimension codes that break ties of the total in the merit order, in order
 */
public record Scheme(String version, String name, BigDecimal totalMax, List<Dimension> dimensions,
                     Map<String, BigDecimal> rules, List<String> meritTiebreak, String hash) {

    public BigDecimal rule(String key) {
        BigDecimal value = rules.get(key);
        if (value == null) {
            throw new IllegalStateException("scheme has no rule " + key);
        }
        return value;
    }
}
