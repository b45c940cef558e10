package com.homeroom.sample;

import java.util.SplittableRandom;

/**
 * Teachers placed so that every rule of the default scheme fires: all four grades, both vetoes,
 * the cap, every tier change, a lenient school (more than 60% 优秀) and a school whose totals hardly
 * differ. These are true facts of the period, not data errors.
 */
final class Scenarios {

    private Scenarios() {
    }

    static void firstPeriod(PeriodData d) {
        schoolHabits(d);
        incident(d, any(d, "坊城街道东关小学"), 11, 14, "组织学生校外实践未按规定清点人数，一名学生落水，经抢救脱险", "主要责任", "严重");
        incident(d, declare(d, "潍坊北海中学", "首席", 0.95), 4, 9, "课间未落实看护要求，学生攀爬窗台摔伤致骨折", "主要责任", "较重");
        incident(d, declare(d, "南流中学", "骨干", 0.94), 12, 3, "学生放学途中发生交通事故，班主任未按要求开展交通安全教育", "次要责任", "严重");
        incident(d, any(d, "杨庄小学"), 10, 22, "课间学生追逐打闹，一名学生额头擦伤", "次要责任", "一般");
        incident(d, any(d, "崇文中学"), 3, 17, "体育课后一名学生突发不适送医，经查系既往病史", "无责任", "一般");
        ethicsVeto(d, "北海学校");
        ethicsVeto(d, "九龙中学");
        declare(d, "龙泉实验小学", "首席", 0.96);   // 保留首席
        declare(d, "实验小学", "首席", 0.85);       // 首席降为骨干 (合格)
        declare(d, "凤凰小学", "骨干", 0.68);       // 退出骨干 (基本合格)
        Assignment fewMeetings = excellent(d, "第二实验学校");
        if (fewMeetings != null) {
            d.activity.put(fewMeetings.id(), d.activity.get(fewMeetings.id()).withMeetings(26));
        }
        Assignment littleTraining = excellent(d, "北海学校");
        if (littleTraining != null) {
            d.activity.put(littleTraining.id(), d.activity.get(littleTraining.id()).withTraining(4, 10, 14));
        }
    }

    static void secondPeriod(PeriodData d) {
        schoolHabits(d);
        incident(d, any(d, "凤凰小学"), 5, 20, "午休期间学生在教室内攀爬课桌摔伤，班主任未按规定值守", "主要责任", "较重");
        incident(d, any(d, "崇文中学"), 11, 6, "课间一名学生在走廊滑倒扭伤脚踝", "次要责任", "一般");
        incident(d, any(d, "黄旗堡中学"), 3, 28, "班级春游活动中未落实安全预案，一名学生走失后受伤住院", "主要责任", "严重");
        ethicsVeto(d, "坊城街道中心小学");
    }

    /** 理想小学's committee is generous; 兴国小学's gives everyone the same. */
    private static void schoolHabits(PeriodData d) {
        for (Assignment a : d.staffOf(d.school("理想小学"))) {
            d.scores.put(a.id(), d.performance.scores(Math.min(0.99, a.quality() + 0.1), d.random(a.id() + "+")));
        }
        for (Assignment a : d.staffOf(d.school("兴国小学"))) {
            d.scores.put(a.id(), d.performance.flatScores(d.random(a.id() + "=")));
        }
    }

    private static Assignment any(PeriodData d, String school) {
        return d.pick(d.school(school), a -> true);
    }

    /** A teacher the school declares in this tier, of the given quality, with a sound activity record. */
    private static Assignment declare(PeriodData d, String school, String tier, double quality) {
        int minYears = tier.equals("首席") ? 5 : 3;
        Assignment a = d.pick(d.school(school), x -> x.years() >= minYears);
        if (a == null) {
            return null;
        }
        Assignment updated = d.replace(a, a.withTier(tier).withQuality(quality));
        soundActivity(d, updated);
        return updated;
    }

    private static Assignment excellent(PeriodData d, String school) {
        Assignment a = d.pick(d.school(school), x -> x.years() >= 1 && x.tier().isEmpty());
        if (a == null) {
            return null;
        }
        Assignment updated = d.replace(a, a.withQuality(0.95));
        soundActivity(d, updated);
        return updated;
    }

    private static void ethicsVeto(PeriodData d, String school) {
        Assignment a = d.pick(d.school(school), x -> x.tier().isEmpty());
        if (a != null) {
            d.replace(a, a.withQuality(0.9));
            d.scores.put(a.id(), d.scores.get(a.id()).withEthics("不合格"));
        }
    }

    private static void soundActivity(PeriodData d, Assignment a) {
        SplittableRandom rnd = d.random(a.id() + "#");
        d.activity.put(a.id(), d.activity.get(a.id()).withMeetings(33 + rnd.nextInt(6)).withTraining(12, 8, 14));
    }

    private static void incident(PeriodData d, Assignment a, int month, int day, String what, String responsibility,
                                 String consequence) {
        if (a != null) {
            d.incidents.add(new Incident(a.id(), d.period.on(month, day), what, responsibility, consequence));
        }
    }
}
