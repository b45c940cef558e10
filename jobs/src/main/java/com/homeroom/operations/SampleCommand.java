package com.homeroom.operations;

import com.homeroom.sample.SampleDataMain;
import com.homeroom.sample.SampleDistrict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code homeroom sample}: a synthetic input folder, made by the generator of sample-data/. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Writes a synthetic input folder: district = the two committed sample periods "
                + "(the period folders under --out are replaced); city / province = one period of that size.")
public final class SampleCommand implements Callable<Integer> {

    enum Size { district, city, province }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scale", defaultValue = "district", description = "district | city | province (default: ${DEFAULT-VALUE})")
    Size scale;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write")
    Path out;

    @Option(names = "--period", defaultValue = "2025-2026", description = "the period of a city or province folder (default: ${DEFAULT-VALUE})")
    String period;

    @Override
    public Integer call() throws Exception {
        if (scale == Size.district) {
            SampleDataMain.regenerate(out);
            spec.commandLine().getOut().println("示例学区（两个考核周期）已写入 " + out.toAbsolutePath().normalize());
            return ExitCodes.DONE;
        }
        Path folder = out.resolve(period);
        if (Files.exists(folder)) {
            spec.commandLine().getErr().println("homeroom: " + folder + " 已存在，请换一个输出目录");
            return ExitCodes.USAGE;
        }
        SampleDistrict.Scale size = scale == Size.city ? new SampleDistrict.Scale(1500, 17) : new SampleDistrict.Scale(20000, 17);
        SampleDistrict.of(SampleDataMain.SEED, size).writePeriod(folder, period);
        spec.commandLine().getOut().println(size.schools() + " 所学校的输入目录已写入 " + folder.toAbsolutePath().normalize());
        return ExitCodes.DONE;
    }
}
