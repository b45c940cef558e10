package com.homeroom.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * 优秀班主任表彰名单: the district commendation list and the city recommendations, as a formal
 * document the leadership group signs. Rows are printed grouped by 学段 (小学, 初中, 高中) then 学区;
 * within a group they keep the given order (merit order).
 *
 * @param documentNumber the 文号-like line under the title, e.g. {@code 区教体字〔2026〕18号}
 */
public record CommendationListData(ReportHeader header, String documentNumber, List<Commended> commended,
                                   List<Commended> cityRecommended) implements ReportData {

    public CommendationListData {
        commended = List.copyOf(commended);
        cityRecommended = List.copyOf(cityRecommended);
    }

    public record Commended(String stage, String zone, String schoolName, String teacherName, String gradeLevel,
                            Integer classNo, BigDecimal total) {

        public String classLabel() {
            return Labels.classLabel(gradeLevel, classNo);
        }
    }
}
