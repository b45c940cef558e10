package com.homeroom.reports;

import java.time.LocalDate;
import java.util.List;

/** Small text forms shared by the report records: dates, class labels, stage order, flag meanings. */
final class Labels {

    /** 学段 in the order documents list them. */
    static final List<String> STAGES = List.of("小学", "初中", "高中");

    private Labels() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** {@code 三年级} and 2 give {@code 三年级2班}. */
    static String classLabel(String gradeLevel, Integer classNo) {
        if (gradeLevel == null) {
            return "";
        }
        return classNo == null ? gradeLevel : gradeLevel + classNo + "班";
    }

    /** Position of a 学段 in {@link #STAGES}; unknown stages sort last. */
    static int stageOrder(String stage) {
        int index = STAGES.indexOf(stage);
        return index < 0 ? STAGES.size() : index;
    }

    /** What a school flag means, as a clause after the flag ({@code ：…}); empty for unknown flags. */
    static String flagMeaning(String flag) {
        return switch (flag) {
            case "评分区分度不足" -> "：已评分班主任不少于 5 人，且总分标准差低于 1.0 或优秀比例超过 60%，"
                    + "请学校考核小组复核评分、拉开档次。";
            case "未报送" -> "：本期没有被接收的工作簿。";
            default -> "";
        };
    }
}
