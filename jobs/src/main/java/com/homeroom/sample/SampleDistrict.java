package com.homeroom.sample;

import com.homeroom.scoring.Dimension;
import com.homeroom.scoring.SchemeLoader;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A synthetic district of the given size, as the district office receives it: for each period a
 * folder with the school registry (学校名录) and one workbook per school in a subfolder per 学区,
 * filled in the way real schools fill them in, with a known set of deliberate data problems.
 * Everything follows from the seed: the same seed and scale write byte-identical files.
 */
public final class SampleDistrict {

    /** The file beside the period folders that lists every problem the intake must report. */
    public static final String EXPECTED_PROBLEMS = "expected-problems.csv";

    /**
     * How big the district is.
     *
     * @param teachersPerSchool the average; large schools (九年一贯制, 完全中学) have more, village schools fewer
     */
    public record Scale(int schools, int teachersPerSchool) {

        /** About 40 schools and 800 class teachers: the district of the policy document. */
        public static final Scale DISTRICT = new Scale(40, 20);

        public Scale {
            if (schools < 1 || teachersPerSchool < 1) {
                throw new IllegalArgumentException("a district needs at least one school and one teacher per school");
            }
        }
    }

    private final long seed;
    private final Scale scale;

    private SampleDistrict(long seed, Scale scale) {
        this.seed = seed;
        this.scale = scale;
    }

    public static SampleDistrict of(long seed, Scale scale) {
        return new SampleDistrict(seed, scale);
    }

    /**
     * Writes {@code <out>/<firstPeriod>/} (registry as .xlsx) and {@code <out>/<next period>/} (registry
     * as GB18030 .csv), where the teachers of the first period carry on, and {@code <out>/expected-problems.csv}.
     * The period folders must not exist yet or be empty.
     */
    public void writeTwoPeriods(Path out, String firstPeriod) throws IOException {
        Period first = Period.of(firstPeriod);
        Generation g = new Generation();
        Submissions one = g.first(first);
        List<ExpectedProblem> expected = new ArrayList<>(g.write(one, out.resolve(first.code()), false));
        Submissions two = g.next(one.data);
        expected.addAll(g.write(two, out.resolve(first.next().code()), true));
        StringBuilder csv = new StringBuilder(ExpectedProblem.HEADER).append('\n');
        expected.forEach(p -> csv.append(p.csvLine()).append('\n'));
        WorkbookFiles.write(out.resolve(EXPECTED_PROBLEMS), csv.toString().getBytes(StandardCharsets.UTF_8),
                first.next().on(9, 10).atTime(9, 0));
    }

    /** Writes one period's input folder (the same files as the first period of {@link #writeTwoPeriods}). */
    public void writePeriod(Path outDir, String period) throws IOException {
        Generation g = new Generation();
        g.write(g.first(Period.of(period)), outDir, false);
    }

    private SplittableRandom random(String purpose) {
        return new SplittableRandom(seed * 1_000_003L + purpose.hashCode());
    }

    /** One generation run: fresh random streams, so that every call writes the same files. */
    private final class Generation {

        private final List<School> registry = SchoolCatalog.build(scale.schools(), random("schools"));
        private final Map<School, Layout> layouts = new LinkedHashMap<>();
        private final List<Dimension> dimensions = SchemeLoader.loadDefault().dimensions();
        private final Performance performance = new Performance(dimensions);
        private final Staffing staffing = new Staffing(random("staffing"));

        Generation() {
            registry.forEach(s -> layouts.put(s, Layouts.of(s, random("layout " + s.code()))));
        }

        Submissions first(Period period) {
            PeriodData d = new PeriodData(period, registry, staffing.first(registry, scale.teachersPerSchool(), period),
                    performance, layouts, seed);
            Scenarios.firstPeriod(d);
            Submissions s = new Submissions(d, staffing);
            FirstPeriodProblems.plant(s);
            return s;
        }

        Submissions next(PeriodData previous) {
            Period period = previous.period.next();
            PeriodData d = new PeriodData(period, registry, staffing.advance(previous.staff, period), performance,
                    layouts, seed);
            Scenarios.secondPeriod(d);
            Submissions s = new Submissions(d, staffing);
            SecondPeriodProblems.plant(s, previous);
            return s;
        }

        List<ExpectedProblem> write(Submissions s, Path dir, boolean csvRegistry) throws IOException {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new IOException(dir + " is not empty; the sample is written into an empty folder");
                    }
                }
            }
            Files.createDirectories(dir);
            if (csvRegistry) {
                RegistryWriter.writeCsv(registry, s.data.period, dir);
            } else {
                RegistryWriter.writeXlsx(registry, s.data.period, dir);
            }
            Map<String, BigDecimal> maxima = new LinkedHashMap<>();
            dimensions.forEach(d -> maxima.put(d.column(), d.max()));
            ReturnWriter writer = new ReturnWriter(maxima);
            for (SchoolReturn r : s.returns) {
                writer.write(r, dir);
            }
            return Expectations.of(s);
        }
    }
}
