package com.homeroom.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The files schools send for one period, as they will be written; problems are planted into them. */
final class Submissions {

    final PeriodData data;
    final Staffing staffing;
    final List<SchoolReturn> returns = new ArrayList<>();

    Submissions(PeriodData data, Staffing staffing) {
        this.data = data;
        this.staffing = staffing;
        data.registry.forEach(s -> returns.add(ReturnBuilder.build(data, s)));
    }

    /** The named school's latest return (the one that counts), or null when the scale has no such school. */
    SchoolReturn of(String schoolName) {
        return returns.stream().filter(r -> r.school.name().equals(schoolName))
                .max(Comparator.comparing((SchoolReturn r) -> r.filed)).orElse(null);
    }

    /** A teacher of the return no scenario or other problem uses yet. */
    Assignment pick(SchoolReturn r) {
        Assignment a = data.pick(r.school, x -> true);
        if (a == null) {
            throw new IllegalStateException(r.school.name() + " has no teacher left for another problem");
        }
        return a;
    }

    /** A teacher of the return with a blank 现任梯队 and at least the given years. */
    Assignment pick(SchoolReturn r, int minYears) {
        Assignment a = data.pick(r.school, x -> x.tier().isEmpty() && x.years() >= minYears);
        return a != null ? a : pick(r);
    }
}
