package com.homeroom.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * What really happened in one period, before anyone typed it into a workbook: the staff, each
 * teacher's scores and activity, the incidents. {@code reserved} holds teachers already used by a
 * scenario or a deliberate problem, so that no two of them land on the same teacher.
 */
final class PeriodData {

    final Period period;
    final List<School> registry;
    final Map<School, List<Assignment>> staff;
    final Performance performance;
    /** Each school's habits; the same in every period. */
    final Map<School, Layout> layouts;
    final Map<String, Scores> scores = new LinkedHashMap<>();
    final Map<String, Activity> activity = new LinkedHashMap<>();
    final List<Incident> incidents = new ArrayList<>();
    final Set<String> reserved = new HashSet<>();
    private final long seed;

    PeriodData(Period period, List<School> registry, Map<School, List<Assignment>> staff, Performance performance,
               Map<School, Layout> layouts, long seed) {
        this.period = period;
        this.registry = registry;
        this.staff = staff;
        this.performance = performance;
        this.layouts = layouts;
        this.seed = seed;
        staff.values().forEach(list -> list.forEach(this::perform));
    }

    /** Scores and activity of one teacher; depends only on the seed, the teacher and the period. */
    void perform(Assignment a) {
        SplittableRandom rnd = random(a.id());
        scores.put(a.id(), performance.scores(a.quality(), rnd));
        activity.put(a.id(), performance.activity(rnd));
    }

    SplittableRandom random(String key) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + (period.startYear() * 31L + key.hashCode()));
    }

    School school(String name) {
        return registry.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    List<Assignment> staffOf(School school) {
        return school == null ? List.of() : staff.getOrDefault(school, List.of());
    }

    /**
     * A teacher of the school that no scenario or problem uses yet and that passes {@code test},
     * searched from a place in the roster that depends on the school; reserved for the caller.
     * Null when there is none.
     */
    Assignment pick(School school, Predicate<Assignment> test) {
        if (school == null) {
            return null;
        }
        List<Assignment> list = staffOf(school);
        int start = Math.floorMod(school.code().hashCode() * 7 + reserved.size() * 5, Math.max(1, list.size()));
        for (int i = 0; i < list.size(); i++) {
            Assignment a = list.get((start + i) % list.size());
            if (!reserved.contains(a.id()) && test.test(a)) {
                reserved.add(a.id());
                return a;
            }
        }
        return null;
    }

    /** Replaces a teacher's assignment (same teacher, same school) and gives it new scores. */
    Assignment replace(Assignment old, Assignment updated) {
        List<Assignment> list = staff.get(old.school());
        list.set(list.indexOf(old), updated);
        scores.put(updated.id(), performance.scores(updated.quality(), random(updated.id() + "*")));
        return updated;
    }
}
