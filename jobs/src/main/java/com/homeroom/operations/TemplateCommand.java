package com.homeroom.operations;

import com.homeroom.intake.value.Periods;
import com.homeroom.publish.template.SchoolTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code homeroom template}: one blank workbook per registry school, to send out before a period. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes one blank school workbook per registry school (基本信息 pre-filled, drop-downs, ranges, 填表说明).")
public final class TemplateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-YYYY", description = "考核周期, e.g. 2025-2026")
    String period;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "the folder holding 学校名录")
    Path input;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write (default: out/templates/<period>)")
    Path out;

    @Option(names = "--scheme", paramLabel = "FILE", description = "assessment scheme YAML (default: the built-in scheme)")
    Path scheme;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Periods.isValidCode(period)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--period 应为 YYYY-YYYY，例如 2025-2026，而不是 " + period);
        }
        Path target = out != null ? out : Path.of("out", "templates", period);
        if (target.toAbsolutePath().normalize().startsWith(input.toAbsolutePath().normalize())) {
            // blank templates inside the input folder would be read as submissions with no teachers
            throw new CommandLine.ParameterException(spec.commandLine(), "--out 不能位于 --input 目录之内：" + target);
        }
        Optional<RunInputs> loaded = RunInputs.load(input, scheme, err);
        if (loaded.isEmpty()) {
            return ExitCodes.INPUT_CANNOT_START;
        }
        List<Path> written = SchoolTemplate.writeAll(loaded.get().registry(), period, loaded.get().scheme(), target);
        spec.commandLine().getOut().println("已为 " + written.size() + " 所学校写出填报模板：" + target.toAbsolutePath().normalize());
        return ExitCodes.DONE;
    }
}
