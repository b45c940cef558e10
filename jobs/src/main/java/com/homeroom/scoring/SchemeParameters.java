package com.homeroom.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where a scheme becomes the named parameters of the scoring SQL. Thresholds are
 * bound as DECIMAL (compared exactly with the one-decimal data); fractions are split into an
 * integer numerator and denominator so that every quota is integer arithmetic, never floating
 * point; {@code *_text} values are the thresholds as the explanations print them.
 */
public final class SchemeParameters {

    private SchemeParameters() {
    }

    public static Map<String, Object> of(Scheme scheme, String period) {
        Map<String, Object> p = new HashMap<>();
        p.put("period", period);
        p.put("scheme_version", scheme.version());
        p.put("scheme_name", scheme.name());
        p.put("scheme_hash", scheme.hash());
        p.put("dimensions", scheme.dimensions().stream().map(Dimension::code).collect(Collectors.joining(",")));
        p.put("tiebreak", String.join(",", scheme.meritTiebreak()));
        threshold(p, "meetings_min", scheme.rule("conditions.meetings_min"));
        threshold(p, "training_district_min", scheme.rule("conditions.training_district_min"));
        threshold(p, "training_total_min", scheme.rule("conditions.training_total_min"));
        threshold(p, "excellent_min", scheme.rule("grades.excellent_min"));
        threshold(p, "qualified_min", scheme.rule("grades.qualified_min"));
        threshold(p, "basic_min", scheme.rule("grades.basic_min"));
        threshold(p, "commend_min_years", scheme.rule("commendation.min_years"));
        threshold(p, "backbone_min_years", scheme.rule("tiers.backbone_new_min_years"));
        threshold(p, "chief_min_years", scheme.rule("tiers.chief_min_years"));
        fraction(p, "quota", scheme.rule("commendation.quota_fraction"));
        fraction(p, "city", scheme.rule("commendation.city_fraction"));
        fraction(p, "backbone", scheme.rule("tiers.backbone_new_zone_fraction"));
        fraction(p, "chief", scheme.rule("tiers.chief_seat_fraction"));
        fraction(p, "excellent_share", scheme.rule("school_flags.undifferentiated_excellent_share"));
        fraction(p, "sd", scheme.rule("school_flags.undifferentiated_sd_below"));
        p.put("chief_min_seats", scheme.rule("tiers.chief_min_seats").longValueExact());
        p.put("min_graded", scheme.rule("school_flags.undifferentiated_min_graded").longValueExact());
        return Map.copyOf(p);
    }

    private static void threshold(Map<String, Object> p, String name, BigDecimal value) {
        p.put(name, value);
        p.put(name + "_text", value.stripTrailingZeros().toPlainString());
    }

    /** {@code value = <name>_num / <name>_den} exactly: 0.10 → 10 / 100, 0.2 → 2 / 10, 1 → 1 / 1. */
    static void fraction(Map<String, Object> p, String name, BigDecimal value) {
        BigDecimal plain = value.scale() < 0 ? value.setScale(0) : value;
        p.put(name + "_num", plain.unscaledValue().longValueExact());
        p.put(name + "_den", BigInteger.TEN.pow(plain.scale()).longValueExact());
    }
}
