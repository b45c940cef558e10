package com.homeroom.intake.value;

import static com.homeroom.intake.value.RuleCodes.BAD_CHOICE;
import static com.homeroom.intake.value.RuleCodes.BAD_FORMAT;
import static com.homeroom.intake.value.RuleCodes.OUT_OF_RANGE;

import com.homeroom.intake.RawCell;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The contract's enumerations; every one matches on the normalised text with all white space removed. */
public final class SchoolTerms {

    public enum Stage {
        PRIMARY("小学"), JUNIOR("初中"), SENIOR("高中");

        private final String label;

        Stage(String label) { this.label = label; }

        public String label() { return label; }

        public static Optional<Stage> fromLabel(String text) {
            return byLabel(values(), Stage::label, text);
        }
    }

    public enum SchoolType {
        PRIMARY("小学", EnumSet.of(Stage.PRIMARY)),
        JUNIOR("初中", EnumSet.of(Stage.JUNIOR)),
        NINE_YEAR("九年一贯制", EnumSet.of(Stage.PRIMARY, Stage.JUNIOR)),
        COMPLETE_SECONDARY("完全中学", EnumSet.of(Stage.JUNIOR, Stage.SENIOR)),
        SENIOR("高中", EnumSet.of(Stage.SENIOR));

        private final String label;
        private final Set<Stage> stages;

        SchoolType(String label, Set<Stage> stages) {
            this.label = label;
            this.stages = Collections.unmodifiableSet(stages);
        }

        public String label() { return label; }

        /** The stages a school of this type may report (unmodifiable). */
        public Set<Stage> stages() { return stages; }

        public static Optional<SchoolType> fromLabel(String text) {
            return byLabel(values(), SchoolType::label, text);
        }
    }

    public enum Tier {
        REGULAR("普通"), BACKBONE("骨干"), CHIEF("首席");

        private final String label;

        Tier(String label) { this.label = label; }

        public String label() { return label; }
    }

    private static final List<String> GRADE_LABELS = List.of(
            "一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级", "高一", "高二", "高三");
    private static final List<String> JUNIOR_ALIASES = List.of("初一", "初二", "初三");
    private static final Pattern GRADE_DIGITS = Pattern.compile("(\\d{1,2})(年级)?");
    private static final Pattern CLASS_NO = Pattern.compile("(?:(\\d+|[一二三四五六七八九十])|\\((\\d+|[一二三四五六七八九十])\\))班?");
    private static final String CHINESE_DIGITS = "一二三四五六七八九十";
    private static final int MAX_CLASS = 30;

    private SchoolTerms() {
    }

    public static Parsed<Stage> stage(RawCell c) {
        return choose(c, Stage::fromLabel, "应为小学、初中或高中");
    }

    public static Parsed<SchoolType> schoolType(RawCell c) {
        return choose(c, SchoolType::fromLabel, "应为小学、初中、九年一贯制、完全中学或高中");
    }

    /** 1..12 across the stages, so that 初一 and 七年级 are the same grade. */
    public static Parsed<Integer> gradeLevel(RawCell c) {
        return choose(c, SchoolTerms::gradeOf, "不是有效的年级");
    }

    public static String gradeLabel(int level) {
        if (level < 1 || level > GRADE_LABELS.size()) {
            throw new IllegalArgumentException("grade level " + level);
        }
        return GRADE_LABELS.get(level - 1);
    }

    public static Stage stageOfGrade(int level) {
        gradeLabel(level);
        return level <= 6 ? Stage.PRIMARY : level <= 9 ? Stage.JUNIOR : Stage.SENIOR;
    }

    public static Parsed<Integer> classNo(RawCell c) {
        String s = CellText.compact(c);
        if (s == null) {
            return Parsed.empty();
        }
        Matcher m = CLASS_NO.matcher(s);
        if (!m.matches()) {
            return Parsed.invalid(BAD_FORMAT, "不是有效的班号");
        }
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        int no = CHINESE_DIGITS.contains(n) ? CHINESE_DIGITS.indexOf(n) + 1
                : n.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(n);
        return no >= 1 && no <= MAX_CLASS ? Parsed.ok(no) : Parsed.invalid(OUT_OF_RANGE, "应为1至30之间的班号");
    }

    public static Parsed<String> gender(RawCell c) {
        return oneOf(c, List.of("男", "女"), "应为男或女");
    }

    /** Blank is Empty, not REGULAR: the caller must tell "not given" from a valid 普通. */
    public static Parsed<Tier> tier(RawCell c) {
        return choose(c, s -> Arrays.stream(Tier.values())
                .filter(t -> s.equals(t.label) || s.equals(t.label + "班主任") || s.equals(t.label + "型班主任"))
                .findFirst(), "应为普通、骨干或首席");
    }

    public static Parsed<String> ethicsVerdict(RawCell c) {
        return oneOf(c, List.of("合格", "不合格"), "应为合格或不合格");
    }

    public static Parsed<String> researchLevel(RawCell c) {
        return oneOf(c, List.of("无", "校级", "学区级", "区级", "市级", "省级", "国家级"),
                "应为无、校级、学区级、区级、市级、省级或国家级");
    }

    public static Parsed<String> responsibility(RawCell c) {
        return oneOf(c, List.of("无责任", "次要责任", "主要责任"), "应为无责任、次要责任或主要责任");
    }

    public static Parsed<String> consequence(RawCell c) {
        return oneOf(c, List.of("一般", "较重", "严重"), "应为一般、较重或严重");
    }

    private static Optional<Integer> gradeOf(String s) {
        int i = GRADE_LABELS.indexOf(s);
        if (i >= 0) {
            return Optional.of(i + 1);
        }
        i = JUNIOR_ALIASES.indexOf(s);
        if (i >= 0) {
            return Optional.of(i + 7);
        }
        Matcher m = GRADE_DIGITS.matcher(s);
        int level = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        return level >= 1 && level <= 12 ? Optional.of(level) : Optional.empty();
    }

    private static Parsed<String> oneOf(RawCell c, List<String> choices, String reason) {
        return choose(c, s -> choices.contains(s) ? Optional.of(s) : Optional.empty(), reason);
    }

    private static <T> Parsed<T> choose(RawCell c, Function<String, Optional<T>> lookup, String reason) {
        String s = CellText.compact(c);
        if (s == null) {
            return Parsed.empty();
        }
        return lookup.apply(s).map(Parsed::ok).orElseGet(() -> Parsed.invalid(BAD_CHOICE, reason));
    }

    private static <E> Optional<E> byLabel(E[] values, Function<E, String> label, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = CellText.removeWhitespace(CellText.nfkc(text));
        return Arrays.stream(values).filter(v -> label.apply(v).equals(key)).findFirst();
    }
}
