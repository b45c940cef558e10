package com.homeroom.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The numeric rule sections of a scheme and the merit tie-break: which keys it needs, what is unusable. */
final class SchemeRules {

    /** The rule keys every scheme must give, by section, in the order errors are reported. */
    static final Map<String, List<String>> KEYS = keys();

    /** Shares of a headcount: a value above 1 would hand out more seats than there are teachers. */
    private static final Set<String> FRACTIONS = Set.of("commendation.quota_fraction", "commendation.city_fraction",
            "tiers.backbone_new_zone_fraction", "tiers.chief_seat_fraction",
            "school_flags.undifferentiated_excellent_share");

    /** Compared with counts of people or meetings, so a fraction would silently round. */
    private static final Set<String> WHOLE = Set.of("conditions.meetings_min", "tiers.chief_min_seats",
            "school_flags.undifferentiated_min_graded");

    private SchemeRules() {
    }

    static Map<String, BigDecimal> read(Map<?, ?> root, String source) {
        Map<String, BigDecimal> rules = new LinkedHashMap<>();
        KEYS.forEach((section, keys) -> {
            if (!(root.get(section) instanceof Map<?, ?> s)) {
                throw new SchemeException(source + ": missing section " + section);
            }
            for (String key : keys) {
                String name = section + "." + key;
                BigDecimal value = SchemeLoader.number(s.get(key), name, source);
                if (value.signum() < 0) {
                    throw new SchemeException(source + ": " + name + " must not be negative, got " + value.toPlainString());
                }
                if (FRACTIONS.contains(name) && value.compareTo(BigDecimal.ONE) > 0) {
                    throw new SchemeException(source + ": " + name + " must be between 0 and 1, got " + value.toPlainString());
                }
                if (WHOLE.contains(name) && value.stripTrailingZeros().scale() > 0) {
                    throw new SchemeException(source + ": " + name + " must be a whole number, got " + value.toPlainString());
                }
                rules.put(name, value);
            }
        });
        if (rules.get("grades.excellent_min").compareTo(rules.get("grades.qualified_min")) < 0
                || rules.get("grades.qualified_min").compareTo(rules.get("grades.basic_min")) < 0) {
            throw new SchemeException(source + ": grades must satisfy excellent_min ≥ qualified_min ≥ basic_min");
        }
        return rules;
    }

    /** merit_tiebreak: dimension codes compared after the total, in this order (default ethics, moral). */
    static List<String> meritTiebreak(Object node, List<Dimension> dimensions, String source) {
        if (!(node instanceof List<?> list)) {
            throw new SchemeException(source + ": merit_tiebreak must be a list of dimension codes, e.g. [ethics, moral]");
        }
        Set<String> codes = dimensions.stream().map(Dimension::code).collect(Collectors.toSet());
        List<String> tiebreak = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String code = String.valueOf(list.get(i)).strip();
            if (!codes.contains(code)) {
                throw new SchemeException(source + ": merit_tiebreak[" + i + "] '" + code
                        + "' is not a dimension code of this scheme " + dimensions.stream().map(Dimension::code).toList());
            }
            if (tiebreak.contains(code)) {
                throw new SchemeException(source + ": merit_tiebreak[" + i + "] repeats '" + code + "'");
            }
            tiebreak.add(code);
        }
        return List.copyOf(tiebreak);
    }

    private static Map<String, List<String>> keys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("conditions", List.of("meetings_min", "training_district_min", "training_total_min"));
        keys.put("grades", List.of("excellent_min", "qualified_min", "basic_min"));
        keys.put("commendation", List.of("quota_fraction", "min_years", "city_fraction"));
        keys.put("tiers", List.of("backbone_new_min_years", "backbone_new_zone_fraction", "chief_seat_fraction",
                "chief_min_seats", "chief_min_years"));
        keys.put("school_flags", List.of("undifferentiated_min_graded", "undifferentiated_sd_below",
                "undifferentiated_excellent_share"));
        return Collections.unmodifiableMap(keys);
    }
}
