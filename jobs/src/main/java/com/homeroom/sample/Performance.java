package com.homeroom.sample;

import com.homeroom.scoring.Dimension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scores and activity counts for a teacher, from the teacher's quality: most totals fall between 75
 * and 95, a few below 60; most teachers hold 30–40 主题班会 and meet the training minimums, some do
 * not. Committees score in half points.
 */
final class Performance {

    private static final String[] RESEARCH = {"无", "校级", "学区级", "区级", "市级", "省级"};
    private static final double[] RESEARCH_SHARE = {0.58, 0.16, 0.11, 0.10, 0.04, 0.01};

    private final List<Dimension> dimensions;

    Performance(List<Dimension> dimensions) {
        this.dimensions = dimensions;
    }

    List<Dimension> dimensions() {
        return dimensions;
    }

    Scores scores(double quality, SplittableRandom rnd) {
        List<BigDecimal> values = new ArrayList<>();
        for (Dimension d : dimensions) {
            double ratio = Math.max(0.3, Math.min(1.0, quality + rnd.nextGaussian() * 0.035));
            values.add(halfPoints(d.max().doubleValue() * ratio, d.max()));
        }
        return new Scores(values, "合格");
    }

    /** What an undiscriminating committee gives everyone: 88% of each maximum, give or take half a point. */
    Scores flatScores(SplittableRandom rnd) {
        List<BigDecimal> values = new ArrayList<>();
        int nudged = rnd.nextInt(dimensions.size());
        for (int i = 0; i < dimensions.size(); i++) {
            BigDecimal max = dimensions.get(i).max();
            double nudge = i == nudged ? (rnd.nextBoolean() ? 0.5 : -0.5) : 0;
            values.add(halfPoints(max.doubleValue() * 0.88 + nudge, max));
        }
        return new Scores(values, "合格");
    }

    Activity activity(SplittableRandom rnd) {
        int meetings = rnd.nextDouble() < 0.08 ? 18 + rnd.nextInt(12) : 30 + rnd.nextInt(11);
        double district = rnd.nextDouble() < 0.05 ? 2 + rnd.nextInt(4) : 6 + 2 * rnd.nextInt(7);
        double zone = 4 + 2 * rnd.nextInt(6);
        double school = rnd.nextDouble() < 0.1 ? 6.5 + rnd.nextInt(10) : 6 + 2 * rnd.nextInt(8);
        int archive = rnd.nextDouble() < 0.1 ? 50 + rnd.nextInt(30) : 80 + rnd.nextInt(21);
        return new Activity(meetings, 2 + rnd.nextInt(3), 4 + rnd.nextInt(27), 10 + rnd.nextInt(71),
                2 + rnd.nextInt(9), archive, district, zone, school, research(rnd));
    }

    private static String research(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        for (int i = 0; i < RESEARCH.length; i++) {
            u -= RESEARCH_SHARE[i];
            if (u < 0) {
                return RESEARCH[i];
            }
        }
        return RESEARCH[0];
    }

    private static BigDecimal halfPoints(double value, BigDecimal max) {
        BigDecimal v = BigDecimal.valueOf(Math.round(value * 2) / 2.0).setScale(1, RoundingMode.HALF_UP);
        return v.compareTo(max) > 0 ? max.setScale(1, RoundingMode.HALF_UP) : v.max(BigDecimal.ZERO.setScale(1));
    }
}
