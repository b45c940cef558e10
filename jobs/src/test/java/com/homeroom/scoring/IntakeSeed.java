package com.homeroom.scoring;

import com.homeroom.warehouse.Warehouse;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Handcrafted intake rows of one period, inserted with plain SQL as validation would leave them
 * (accepted = true): the input of scoring, without workbooks. One accepted file per school.
 */
final class IntakeSeed {

    private final Warehouse warehouse;
    private final String period;
    private final Scheme scheme;
    private final Map<String, String> typeOf = new LinkedHashMap<>();
    private int nextRow = 2;
    private Connection connection;

    IntakeSeed(Warehouse warehouse, String period, Scheme scheme) {
        this.warehouse = warehouse;
        this.period = period;
        this.scheme = scheme;
    }

    IntakeSeed(Warehouse warehouse, String period) {
        this(warehouse, period, SchemeLoader.loadDefault());
    }

    /** A registry school with an accepted file {@code <code>.xlsx}. */
    IntakeSeed school(String code, String zone, String type) throws SQLException {
        registryOnly(code, zone, type);
        exec("INSERT INTO intake_file (period, file, sha256, bytes, modified, school_code, status) "
                + "VALUES (?, ?, 'x', 0, TIMESTAMP '2025-12-01 00:00:00', ?, 'accepted')", period, code + ".xlsx", code);
        return this;
    }

    /** A registry school that sent nothing (未报送). */
    IntakeSeed registryOnly(String code, String zone, String type) throws SQLException {
        exec("INSERT INTO school VALUES (?, ?, ?, ?, ?)", period, code, "学校" + code, zone, type);
        typeOf.put(code, type);
        return this;
    }

    Teacher teacher(String school, String id) {
        return new Teacher(school, id);
    }

    /** One roster teacher; defaults meet every condition, so a test changes only what it is about. */
    final class Teacher {
        private final String school;
        private final String id;
        private String stage;
        private int gradeLevel;
        private int classNo;
        private String years = "5";
        private String declaredTier = "普通";
        private String total = "80.0";
        private final Map<String, String> fixed = new LinkedHashMap<>();
        private String verdict = "合格";
        private boolean scored = true;
        private boolean withActivity = true;
        private int meetings = 32;
        private String trainingDistrict = "8";
        private String trainingZone = "8";
        private String trainingSchool = "10";
        private final List<String[]> incidents = new ArrayList<>();

        private Teacher(String school, String id) {
            this.school = school;
            this.id = id;
            stage(switch (typeOf.get(school)) {
                case "小学", "九年一贯制" -> "小学";
                case "初中", "完全中学" -> "初中";
                default -> "高中";
            });
            this.classNo = nextRow;
        }

        Teacher stage(String stage) {
            this.stage = stage;
            this.gradeLevel = switch (stage) {
                case "小学" -> 3;
                case "初中" -> 8;
                default -> 11;
            };
            return this;
        }

        Teacher grade(int level) { this.gradeLevel = level; return this; }
        Teacher classNo(int no) { this.classNo = no; return this; }
        Teacher years(String years) { this.years = years; return this; }
        Teacher declared(String tier) { this.declaredTier = tier; return this; }
        Teacher total(String total) { this.total = total; return this; }
        /** Fixes one dimension; the rest of the total fills the other dimensions in scheme order. */
        Teacher score(String dimension, String value) { fixed.put(dimension, value); return this; }
        Teacher ethicsVerdict(String verdict) { this.verdict = verdict; return this; }
        Teacher unscored() { this.scored = false; return this; }
        Teacher noActivity() { this.withActivity = false; return this; }
        Teacher meetings(int meetings) { this.meetings = meetings; return this; }
        Teacher training(String district, String zone, String school) {
            this.trainingDistrict = district;
            this.trainingZone = zone;
            this.trainingSchool = school;
            return this;
        }
        Teacher incident(String responsibility, String consequence) {
            incidents.add(new String[]{responsibility, consequence});
            return this;
        }

        IntakeSeed add() throws SQLException {
            String file = school + ".xlsx";
            int row = nextRow++;
            exec("INSERT INTO roster_row (period, file, sheet, row_no, school_code, teacher_id, name, stage, grade_level, "
                            + "class_no, years, declared_tier, value_ok, accepted) VALUES (?, ?, '班主任名册', ?, ?, ?, ?, ?, ?, ?, "
                            + "CAST(? AS DECIMAL(4,1)), ?, true, true)",
                    period, file, row, school, id, "教师" + id, stage, gradeLevel, classNo, years, declaredTier);
            if (scored) {
                exec("INSERT INTO score_row (period, file, sheet, row_no, school_code, teacher_id, name, ethics_verdict, "
                        + "value_ok, accepted) VALUES (?, ?, '考核评分', ?, ?, ?, ?, ?, true, true)",
                        period, file, row, school, id, "教师" + id, verdict);
                // one multi-row INSERT: a statement per value would make the tests slow
                List<Object> args = new ArrayList<>();
                for (Map.Entry<String, BigDecimal> v : values().entrySet()) {
                    args.addAll(List.of(period, file, row, v.getKey(), v.getValue()));
                }
                exec("INSERT INTO score_value VALUES " + String.join(", ",
                        java.util.Collections.nCopies(args.size() / 5, "(?, ?, ?, ?, ?)")), args.toArray());
            }
            if (withActivity) {
                exec("INSERT INTO activity_row (period, file, sheet, row_no, school_code, teacher_id, meetings, "
                                + "training_district, training_zone, training_school, parent_meetings, home_visits, phone_visits, "
                                + "practice_activities, archive_rate, research_level, value_ok, accepted) VALUES (?, ?, '工作记录', ?, "
                                + "?, ?, ?, CAST(? AS DECIMAL(5,1)), CAST(? AS DECIMAL(5,1)), CAST(? AS DECIMAL(5,1)), 0, 0, 0, 0, 0, '无', true, true)",
                        period, file, row, school, id, meetings, trainingDistrict, trainingZone, trainingSchool);
            }
            for (String[] incident : incidents) {
                exec("INSERT INTO incident_row (period, file, sheet, row_no, school_code, teacher_id, incident_date, summary, "
                        + "responsibility, consequence, value_ok, accepted) VALUES (?, ?, '安全事故', ?, ?, ?, DATE '2025-10-01', "
                        + "'事故', ?, ?, true, true)", period, file, nextRow++, school, id, incident[0], incident[1]);
            }
            return IntakeSeed.this;
        }

        /** The fixed dimensions, then the rest of the total poured into the others in scheme order. */
        private Map<String, BigDecimal> values() {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            BigDecimal rest = new BigDecimal(total);
            for (Map.Entry<String, String> f : fixed.entrySet()) {
                rest = rest.subtract(new BigDecimal(f.getValue()));
            }
            for (Dimension d : scheme.dimensions()) {
                if (fixed.containsKey(d.code())) {
                    values.put(d.code(), new BigDecimal(fixed.get(d.code())).setScale(1));
                } else {
                    BigDecimal v = rest.min(d.max()).max(BigDecimal.ZERO);
                    values.put(d.code(), v.setScale(1));
                    rest = rest.subtract(v);
                }
            }
            if (rest.signum() != 0) {
                throw new IllegalArgumentException(id + ": total " + total + " does not fit the scheme's maxima");
            }
            return values;
        }
    }

    /** One connection for the seed's life: a new one per row would make the tests slow. */
    private void exec(String sql, Object... values) throws SQLException {
        if (connection == null) {
            connection = warehouse.connect();
        }
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
