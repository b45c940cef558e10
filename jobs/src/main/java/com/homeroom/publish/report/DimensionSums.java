package com.homeroom.publish.report;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Per-(school, 学区, 学段, dimension) sums and counts of the graded teachers' values in a period, to
 * add up to school, 学区, 学段 or district means as needed. Sums are exact DECIMALs, so the order
 * they are added in does not change a mean.
 */
final class DimensionSums {

    record SumRow(String schoolCode, String zone, String stage, String dimension, BigDecimal sum, int count) {
    }

    private final List<SumRow> rows;

    private DimensionSums(List<SumRow> rows) {
        this.rows = rows;
    }

    static DimensionSums of(ReportQuery query, String period) throws SQLException {
        return new DimensionSums(query.list("report/dimension-sums", Map.of("period", period), rs -> new SumRow(
                rs.getString("school_code"), rs.getString("zone"), rs.getString("stage"), rs.getString("dimension"),
                rs.getBigDecimal("value_sum"), rs.getInt("value_count"))));
    }

    /** The mean of one dimension over the rows that match, or null when no graded teacher does. */
    BigDecimal mean(String dimension, Predicate<SumRow> where) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (SumRow r : rows) {
            if (r.dimension().equals(dimension) && where.test(r)) {
                sum = sum.add(r.sum());
                count += r.count();
            }
        }
        return count == 0 ? null : ReportInputs.mean(sum, count);
    }

    /**
     * Every group's mean per dimension in one pass (group → dimension → mean): the same numbers as
     * {@link #mean} with a predicate per group, without reading all rows once per group.
     */
    Map<String, Map<String, BigDecimal>> meansBy(Function<SumRow, String> group) {
        Map<String, Map<String, SumRow>> totals = new HashMap<>();
        for (SumRow r : rows) {
            totals.computeIfAbsent(group.apply(r), k -> new HashMap<>())
                    .merge(r.dimension(), r, (a, b) -> new SumRow(null, null, null, a.dimension(), a.sum().add(b.sum()),
                            a.count() + b.count()));
        }
        Map<String, Map<String, BigDecimal>> means = new HashMap<>();
        totals.forEach((key, byDimension) -> {
            Map<String, BigDecimal> m = new HashMap<>();
            byDimension.forEach((dimension, t) -> {
                if (t.count() > 0) {
                    m.put(dimension, ReportInputs.mean(t.sum(), t.count()));
                }
            });
            means.put(key, m);
        });
        return means;
    }

    /** The 学段 present, in document order. */
    List<String> stages() {
        return rows.stream().map(SumRow::stage).distinct()
                .sorted(Comparator.comparingInt(ReportInputs::stageOrder).thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
