package com.homeroom.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Who is class teacher of which class. The first period is hired from scratch; each next period
 * the teachers move up a grade with their class (after the last grade they take a new first
 * grade), about 8% leave, about 2% move to another school, and new teachers fill the gaps.
 */
final class Staffing {

    private static final double LEAVE = 0.08;
    private static final double TRANSFER = 0.02;
    /** Common mobile prefixes; the numbers themselves are random. */
    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137",
            "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "177", "180", "181",
            "182", "183", "185", "186", "187", "188", "189", "198", "199");

    private final SplittableRandom rnd;
    private int nextId = 100001;

    Staffing(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    Map<School, List<Assignment>> first(List<School> schools, int teachersPerSchool, Period period) {
        double meanSize = schools.stream().filter(s -> !s.small()).mapToDouble(s -> s.type().size).average().orElse(1);
        Map<School, List<Assignment>> staff = new LinkedHashMap<>();
        for (School school : schools) {
            int n = school.small() ? 6 : Math.max(6, (int) Math.round(
                    teachersPerSchool * school.type().size / meanSize * (0.85 + 0.3 * rnd.nextDouble())));
            List<Assignment> list = new ArrayList<>();
            for (Post post : posts(school.type(), n)) {
                list.add(hire(school, post, period, true));
            }
            staff.put(school, list);
        }
        TierDeclarations.declare(staff, rnd);
        return staff;
    }

    Map<School, List<Assignment>> advance(Map<School, List<Assignment>> previous, Period period) {
        Map<School, List<Assignment>> staff = new LinkedHashMap<>();
        Map<School, List<Post>> vacancies = new LinkedHashMap<>();
        List<Assignment> movers = new ArrayList<>();
        previous.forEach((school, list) -> {
            staff.put(school, new ArrayList<>());
            vacancies.put(school, new ArrayList<>());
            for (Assignment a : list) {
                double u = rnd.nextDouble();
                int age = period.startYear() - a.teacher().birth().getYear();
                if (u < LEAVE + TRANSFER || age >= 60) {
                    vacancies.get(school).add(a.post().advanced());
                    if (u >= LEAVE && age < 60) {
                        movers.add(a);
                    }
                } else {
                    staff.get(school).add(continued(a, school, a.post().advanced()));
                }
            }
        });
        List<School> schools = List.copyOf(previous.keySet());
        for (Assignment mover : movers) {
            int start = rnd.nextInt(schools.size());
            for (int i = 0; i < schools.size(); i++) {
                School target = schools.get((start + i) % schools.size());
                Post post = target.equals(mover.school()) ? null : vacancies.get(target).stream()
                        .filter(p -> p.stage() == mover.post().stage()).findFirst().orElse(null);
                if (post != null) {
                    vacancies.get(target).remove(post);
                    staff.get(target).add(continued(mover, target, post));
                    break;
                }
            }
        }
        vacancies.forEach((school, posts) -> posts.forEach(p -> staff.get(school).add(hire(school, p, period, false))));
        staff.values().forEach(list -> list.sort(Comparator.comparing((Assignment a) -> a.post().grade())
                .thenComparing(a -> a.post().classNo())));
        return staff;
    }

    /** A new teacher for a post; veterans come with years of class-teacher experience. */
    Assignment hire(School school, Post post, Period period, boolean veteran) {
        boolean female = rnd.nextDouble() < switch (post.stage()) {
            case PRIMARY -> 0.8;
            case JUNIOR -> 0.65;
            case SENIOR -> 0.55;
        };
        int age = veteran || rnd.nextDouble() < 0.3 ? 24 + rnd.nextInt(34) : 22 + rnd.nextInt(8);
        int maxYears = Math.max(0, Math.min(30, age - 23));
        int years = veteran ? (int) Math.floor(maxYears * Math.sqrt(rnd.nextDouble()))
                : rnd.nextDouble() < 0.7 ? 0 : rnd.nextInt(Math.min(3, maxYears) + 1);
        LocalDate birth = LocalDate.of(period.startYear() - age, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String id = "T" + nextId++;
        Teacher t = new Teacher(id, ChineseNames.next(rnd, female), female, birth, title(age), phone());
        int students = switch (post.stage()) {
            case PRIMARY -> 38 + rnd.nextInt(11);
            case JUNIOR -> 42 + rnd.nextInt(11);
            case SENIOR -> 45 + rnd.nextInt(11);
        };
        return new Assignment(t, school, post, years, "", students, quality());
    }

    private Assignment continued(Assignment a, School school, Post post) {
        double q = Math.max(0.45, Math.min(0.99, a.quality() + rnd.nextGaussian() * 0.02));
        int students = Math.max(30, Math.min(56, a.students() + rnd.nextInt(5) - 2));
        return new Assignment(a.teacher(), school, post, a.years() + 1, a.tier(), students, q);
    }

    /** Classes for n teachers, spread evenly over the grades of the school type. */
    static List<Post> posts(SchoolType type, int n) {
        List<Post> grades = new ArrayList<>();
        for (Stage stage : type.stages) {
            for (int g = stage.first; g <= stage.last; g++) {
                grades.add(new Post(stage, g, 0));
            }
        }
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            int classes = n / grades.size() + (i < n % grades.size() ? 1 : 0);
            for (int c = 1; c <= classes; c++) {
                posts.add(new Post(grades.get(i).stage(), grades.get(i).grade(), c));
            }
        }
        return posts;
    }

    private double quality() {
        if (rnd.nextDouble() < 0.015) {
            return 0.45 + rnd.nextDouble() * 0.12;
        }
        return Math.max(0.62, Math.min(0.985, 0.845 + rnd.nextGaussian() * 0.05));
    }

    private String title(int age) {
        double u = rnd.nextDouble();
        if (age < 27) {
            return "二级教师";
        }
        if (age < 36) {
            return u < 0.6 ? "一级教师" : "二级教师";
        }
        if (age < 46) {
            return u < 0.55 ? "一级教师" : "高级教师";
        }
        return u < 0.85 ? "高级教师" : u < 0.95 ? "一级教师" : "正高级教师";
    }

    private String phone() {
        StringBuilder p = new StringBuilder(MOBILE_PREFIXES.get(rnd.nextInt(MOBILE_PREFIXES.size())));
        for (int i = 0; i < 8; i++) {
            p.append(rnd.nextInt(10));
        }
        return p.toString();
    }
}
