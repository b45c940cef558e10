package com.homeroom.publish.template;

import com.homeroom.intake.Contract;
import com.homeroom.intake.SheetSpec;
import com.homeroom.intake.value.Periods;
import com.homeroom.intake.value.SchoolTerms;
import com.homeroom.intake.value.SchoolTerms.SchoolType;
import com.homeroom.intake.value.SchoolTerms.Stage;
import com.homeroom.intake.value.SchoolTerms.Tier;
import com.homeroom.publish.template.TemplateColumn.Choice;
import com.homeroom.publish.template.TemplateColumn.Day;
import com.homeroom.publish.template.TemplateColumn.Decimal;
import com.homeroom.publish.template.TemplateColumn.Input;
import com.homeroom.publish.template.TemplateColumn.Text;
import com.homeroom.publish.template.TemplateColumn.Whole;
import com.homeroom.scoring.Dimension;
import com.homeroom.scoring.Scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The columns of each data sheet: names, order and required flags from {@link Contract}, what a
 * cell accepts from the contract's value rules. A contract column with no rule here fails loudly,
 * so a change of the contract cannot silently leave the template behind.
 */
final class TemplateColumns {

    private static final Input COUNT = new Whole(0, 200);
    private static final Input HOURS = new Decimal(BigDecimal.ZERO, BigDecimal.valueOf(500));
    private static final Rule TEACHER_ID = new Rule(new Text(4, 20, false), "字母、数字或-；同一教师在各表中的教师编号必须一致");
    private static final Rule NAME = new Rule(new Text(1, 20, false), null);
    /** Teachers are adults: a birth date after this many years before the period start is a typo. */
    private static final int MIN_AGE = 18;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1940, 1, 1);

    private record Rule(Input input, String note) {
    }

    private TemplateColumns() {
    }

    static List<TemplateColumn> roster(SchoolType type, String period) {
        List<String> stages = type.stages().stream().map(Stage::label).toList();
        List<String> grades = IntStream.rangeClosed(1, 12)
                .filter(g -> type.stages().contains(SchoolTerms.stageOfGrade(g)))
                .mapToObj(SchoolTerms::gradeLabel).toList();
        Map<String, Rule> rules = new HashMap<>();
        rules.put("教师编号", TEACHER_ID);
        rules.put("姓名", NAME);
        rules.put("学段", new Rule(new Choice(stages), "本校学校类型为" + type.label()));
        rules.put("年级", new Rule(new Choice(grades), "须与学段一致"));
        rules.put("班级", new Rule(new Whole(1, 30), "只填班号，如（2）班填2"));
        rules.put("担任班主任年限", new Rule(new Decimal(BigDecimal.ZERO, BigDecimal.valueOf(45)), "单位为年"));
        rules.put("性别", new Rule(new Choice(List.of("男", "女")), null));
        rules.put("出生日期", new Rule(new Day(EARLIEST_BIRTH, Periods.start(period).minusYears(MIN_AGE)), null));
        rules.put("班级学生数", new Rule(new Whole(1, 80), null));
        rules.put("职称", new Rule(new Text(1, 30, false), "如一级教师"));
        rules.put("现任梯队", new Rule(new Choice(Arrays.stream(Tier.values()).map(Tier::label).toList()), "不填按普通"));
        rules.put("联系电话", new Rule(new Text(10, 13, false), "11位手机号或固定电话（如0536-1234567）；只存档，不打印"));
        return columns(Contract.ROSTER, rules, Map.of());
    }

    static List<TemplateColumn> scores(Scheme scheme) {
        Map<String, Rule> rules = new HashMap<>();
        Map<String, String> suffixes = new HashMap<>();
        rules.put("教师编号", TEACHER_ID);
        rules.put("姓名", new Rule(NAME.input(), "须与名册一致"));
        for (Dimension d : scheme.dimensions()) {
            String max = d.max().stripTrailingZeros().toPlainString();
            rules.put(d.column(), new Rule(new Decimal(BigDecimal.ZERO, d.max()), "满分" + max + "分"));
            suffixes.put(d.column(), "（" + max + "分）");
        }
        rules.put("师德考核结论", new Rule(new Choice(List.of("合格", "不合格")), null));
        return columns(Contract.scores(scheme), rules, suffixes);
    }

    static List<TemplateColumn> activity() {
        Map<String, Rule> rules = new HashMap<>();
        rules.put("教师编号", TEACHER_ID);
        rules.put("主题班会次数", new Rule(COUNT, null));
        for (String hours : List.of("区级培训学时", "学区级培训学时", "校级培训学时")) {
            rules.put(hours, new Rule(HOURS, null));
        }
        for (String count : List.of("家长会次数", "家访次数", "电话家访次数", "社会实践活动次数")) {
            rules.put(count, new Rule(COUNT, "不填按0计"));
        }
        rules.put("成长档案建档率", new Rule(new Decimal(BigDecimal.ZERO, BigDecimal.valueOf(100)),
                "填85或85%均表示85%；不填按0计"));
        rules.put("课题研究级别", new Rule(new Choice(List.of("无", "校级", "学区级", "区级", "市级", "省级", "国家级")),
                "不填按无"));
        return columns(Contract.ACTIVITY, rules, Map.of());
    }

    static List<TemplateColumn> incidents(String period) {
        Map<String, Rule> rules = new HashMap<>();
        rules.put("教师编号", TEACHER_ID);
        rules.put("发生日期", new Rule(new Day(Periods.start(period), Periods.end(period)), "只填本考核周期内发生的事故"));
        rules.put("事件简述", new Rule(new Text(1, 500, true), "时间、地点、经过和处理结果"));
        rules.put("责任认定", new Rule(new Choice(List.of("无责任", "次要责任", "主要责任")), null));
        rules.put("后果等级", new Rule(new Choice(List.of("一般", "较重", "严重")), null));
        return columns(Contract.INCIDENTS, rules, Map.of());
    }

    private static List<TemplateColumn> columns(SheetSpec spec, Map<String, Rule> rules, Map<String, String> suffixes) {
        List<TemplateColumn> columns = new ArrayList<>();
        for (SheetSpec.Column c : spec.columns()) {
            if (c.name().equals("序号")) {
                continue; // a row number is the clerk's own business; intake ignores it anyway
            }
            Rule rule = rules.get(c.name());
            if (rule == null) {
                throw new IllegalStateException("no template rule for column " + c.name() + " of " + spec.name());
            }
            String suffix = suffixes.getOrDefault(c.name(), "");
            String header = (c.required() ? "*" : "") + c.name() + suffix;
            columns.add(new TemplateColumn(c.name(), c.required(), suffix, width(header, rule.input()),
                    rule.input(), rule.note()));
        }
        return List.copyOf(columns);
    }

    /** In Excel's character widths: a Chinese character takes two. */
    private static int width(String header, Input input) {
        if (input instanceof Text t && t.wrap()) {
            return 40;
        }
        int chars = header.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum() + 3;
        int least = input instanceof Day || input instanceof Text ? 14 : 10;
        return Math.min(30, Math.max(least, chars));
    }
}
