package com.homeroom.operations;

import com.homeroom.Sha256;
import com.homeroom.intake.InputFile;
import com.homeroom.intake.InputFolder;
import com.homeroom.intake.RegistryReader;
import com.homeroom.intake.value.Periods;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code homeroom run}: one run of the district job for a period. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the district job for one period: intake, validation, reports.")
public final class RunCommand implements Callable<Integer> {

    static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-YYYY", description = "考核周期, e.g. 2025-2026")
    String period;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "registry and school workbooks")
    Path input;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "warehouse and job repository folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--scheme", paramLabel = "FILE", description = "assessment scheme YAML (default: the built-in scheme)")
    Path scheme;

    @Option(names = "--as-of", paramLabel = "DATE", description = "生成时间 printed in documents (default: today)")
    LocalDate asOf;

    @Option(names = "--no-archives", description = "skip the per-teacher 一师一档 PDFs (make them later with archive)")
    boolean noArchives;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Periods.isValidCode(period)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--period 应为 YYYY-YYYY 且后一年等于前一年加1，例如 2025-2026，而不是 " + period);
        }
        return PeriodRun.execute(new PeriodRun.Request(period, input, out, data, scheme,
                asOf != null ? asOf : LocalDate.now(DISTRICT_ZONE), !noArchives), spec.commandLine().getOut(), err);
    }

    /** SHA-256 over every workbook's relative path and content hash, in path order. */
    static String fingerprint(Path input) throws IOException {
        MessageDigest digest = Sha256.digest();
        for (Path registry : RegistryReader.locate(input).map(List::of).orElse(List.of())) {
            digest.update((registry.getFileName() + "=" + Sha256.of(registry) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        for (InputFile f : InputFolder.workbooks(input)) {
            // only a regular file is hashed: a link is not followed, a named pipe would block the run
            String sha = Files.isRegularFile(f.path(), LinkOption.NOFOLLOW_LINKS) && Files.isReadable(f.path())
                    ? Sha256.of(f.path()) : "link";
            digest.update((f.relative() + "=" + sha + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return Sha256.hex(digest);
    }
}
