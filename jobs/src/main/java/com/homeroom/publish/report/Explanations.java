package com.homeroom.publish.report;

/**
 * Which of scoring's explanation rows a document shows, and under what heading: the rows behind
 * 不合格, 优秀调整为合格 (with the total that reached 优秀), a tier lost (首席降为骨干, 首席降为普通,
 * 退出骨干), 未评分 and 追究责任 of a 未评分 teacher. Prior tiers, kept or new tiers and
 * commendation reasons are not explained.
 */
final class Explanations {

    /** One explanation row from scoring with what the report needs to decide whether it shows it. */
    record ReasonRow(String period, String teacherId, String name, String grade, String totalGrade,
                     String tierChange, String ruleCode, String text) {
    }

    private Explanations() {
    }

    /** What an explanation row explains, or null when documents leave it out. */
    static String subject(ReasonRow r) {
        boolean adjusted = "优秀".equals(r.totalGrade()) && "合格".equals(r.grade());
        return switch (r.ruleCode()) {
            case "UNSCORED" -> ReportInputs.UNSCORED;
            case "ETHICS_VETO", "MUST_REPLACE" -> "不合格";
            case "INCIDENT_VETO" -> ReportInputs.UNSCORED.equals(r.grade()) ? "追究责任" : "不合格";
            case "GRADE_BY_TOTAL" -> "不合格".equals(r.grade()) ? "不合格" : adjusted ? "优秀调整为合格" : null;
            case "CAPPED", "MEETINGS_SHORT", "TRAINING_SHORT" -> "优秀调整为合格";
            case "CHIEF_TO_BACKBONE", "CHIEF_TO_REGULAR", "BACKBONE_EXIT" -> r.tierChange();
            default -> null;
        };
    }
}
