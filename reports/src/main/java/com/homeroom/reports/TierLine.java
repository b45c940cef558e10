package com.homeroom.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One printed line of the tier list: a member with the section (首席 / 骨干) and group it is printed
 * under. 首席 are grouped by (学校类型, 学段), 骨干 by (学区, 学段); members who stay or are new come
 * before those who leave.
 */
record TierLine(String section, String groupLabel, String schoolType, String zone, String stage,
                String schoolName, String teacherName, String classLabel, java.math.BigDecimal total, String grade,
                String change, String changeKind, String currentTier, boolean leaving) {

    static final String CHIEF = "首席班主任";
    static final String BACKBONE = "骨干型班主任";
    private static final List<String> SCHOOL_TYPES = List.of("小学", "初中", "九年一贯制", "完全中学", "高中");

    static List<TierLine> of(TierListData data) {
        List<TierLine> lines = new ArrayList<>();
        lines.addAll(section(CHIEF, data.chiefs(),
                Comparator.comparingInt((TierListData.Member m) -> typeOrder(m.schoolType()))
                        .thenComparingInt(m -> Labels.stageOrder(m.stage()))));
        lines.addAll(section(BACKBONE, data.backbones(),
                Comparator.comparing(TierListData.Member::zone, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(m -> Labels.stageOrder(m.stage()))));
        return lines;
    }

    private static List<TierLine> section(String section, List<TierListData.Member> members,
                                          Comparator<TierListData.Member> groupOrder) {
        List<TierListData.Member> sorted = new ArrayList<>(members);
        sorted.sort(groupOrder.thenComparing(TierListData.Member::leaving));
        List<TierLine> lines = new ArrayList<>();
        for (TierListData.Member m : sorted) {
            String group = CHIEF.equals(section)
                    ? "学校类型：" + m.schoolType() + "　学段：" + m.stage()
                    : "学区：" + m.zone() + "　学段：" + m.stage();
            lines.add(new TierLine(section, group, m.schoolType(), m.zone(), m.stage(), m.schoolName(),
                    m.teacherName(), m.classLabel(), m.total(), m.grade(), m.change(), m.changeKind(), m.currentTier(),
                    m.leaving()));
        }
        return lines;
    }

    /** Counts per tier for the overview at the top of the list. */
    record Overview(String tier, int members, int added, int kept, int demoted, int left) {
    }

    static List<Overview> overview(TierListData data) {
        return List.of(count("首席", data.chiefs()), count("骨干", data.backbones()));
    }

    private static Overview count(String tier, List<TierListData.Member> members) {
        int added = 0;
        int kept = 0;
        int demoted = 0;
        int left = 0;
        for (TierListData.Member m : members) {
            switch (m.changeKind()) {
                case "新晋" -> added++;
                case "保留" -> kept++;
                case "降级" -> demoted++;
                case "退出" -> left++;
                default -> { }
            }
        }
        int current = (int) members.stream().filter(m -> tier.equals(m.currentTier())).count();
        return new Overview(tier, current, added, kept, demoted, left);
    }

    private static int typeOrder(String schoolType) {
        int index = SCHOOL_TYPES.indexOf(schoolType);
        return index < 0 ? SCHOOL_TYPES.size() : index;
    }
}
