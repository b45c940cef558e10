package com.homeroom.sample;

/**
 * A teacher as class teacher of one class in one period.
 *
 * @param tier    the 现任梯队 the school declares in its roster ("" = blank, 骨干, 首席)
 * @param quality how good the teacher's work is this period, about 0.5–1.0; drives the scores
 */
record Assignment(Teacher teacher, School school, Post post, int years, String tier, int students, double quality) {

    String id() {
        return teacher.id();
    }

    Assignment withQuality(double q) {
        return new Assignment(teacher, school, post, years, tier, students, q);
    }

    Assignment withTier(String t) {
        return new Assignment(teacher, school, post, years, t, students, quality);
    }

    Assignment at(School s, Post p) {
        return new Assignment(teacher, s, p, years, tier, students, quality);
    }
}
