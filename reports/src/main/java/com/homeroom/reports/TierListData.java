package com.homeroom.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * 梯队名单: 首席班主任 grouped by (学校类型, 学段) and 骨干型班主任 grouped by (学区, 学段), each with
 * its change. Teachers who left a tier this period (首席降为骨干, 首席降为普通, 退出骨干) are listed in
 * the tier they left, so the list shows every change.
 */
public record TierListData(ReportHeader header, List<Member> chiefs, List<Member> backbones)
        implements ReportData {

    public TierListData {
        chiefs = List.copyOf(chiefs);
        backbones = List.copyOf(backbones);
    }

    /** @param change 新晋首席, 保留首席, 首席降为骨干, 首席降为普通, 新晋骨干, 保留骨干, 退出骨干 */
    public record Member(String schoolType, String zone, String stage, String schoolName, String teacherName,
                         String gradeLevel, Integer classNo, BigDecimal total, String grade, String change) {

        public String classLabel() {
            return Labels.classLabel(gradeLevel, classNo);
        }

        /** 新晋 / 保留 / 降级 / 退出, the short form of the change. */
        public String changeKind() {
            if (change == null) {
                return "";
            }
            if (change.startsWith("新晋")) {
                return "新晋";
            }
            if (change.startsWith("保留")) {
                return "保留";
            }
            if (change.contains("降为")) {
                return "降级";
            }
            return change.startsWith("退出") ? "退出" : change;
        }

        /** The tier after this period's change: 首席, 骨干 or 普通. */
        public String currentTier() {
            if (change == null) {
                return "";
            }
            int demoted = change.indexOf("降为");
            if (demoted >= 0) {
                return change.substring(demoted + 2);
            }
            if (change.startsWith("退出")) {
                return "普通";
            }
            return change.endsWith("首席") ? "首席" : change.endsWith("骨干") ? "骨干" : "";
        }

        public boolean leaving() {
            String kind = changeKind();
            return "降级".equals(kind) || "退出".equals(kind);
        }
    }
}
