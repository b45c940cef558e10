package com.homeroom.operations;

import com.homeroom.intake.value.Identifiers;
import com.homeroom.intake.RawCell;
import com.homeroom.publish.report.ReportInputs;
import com.homeroom.reports.DataDigest;
import com.homeroom.reports.ReportHeader;
import com.homeroom.reports.ReportRenderer;
import com.homeroom.reports.TeacherArchiveData;
import com.homeroom.scoring.SchemeLoader;
import com.homeroom.warehouse.Warehouse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code homeroom archive}: one teacher's 一师一档 across every period in the warehouse. */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "Writes one teacher's 一师一档 PDF: every period in the warehouse.")
public final class ArchiveCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--teacher", required = true, paramLabel = "ID", description = "教师编号")
    String teacher;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR", description = "the warehouse folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "the PDF to write (default: <教师编号>.pdf)")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", description = "生成时间 printed (default: today)")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String id = Identifiers.teacherId(RawCell.text(teacher)).value();
        if (id == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--teacher 不是有效的教师编号：" + teacher);
        }
        if (!Files.exists(data.resolve(Warehouse.FILE_NAME))) {
            err.println("homeroom: 数据目录 " + data + " 中还没有数据仓库，请先运行 run");
            return ExitCodes.INPUT_CANNOT_START;
        }
        Optional<RunLock> lock = RunLock.tryAcquire(data, "archive");
        if (lock.isEmpty()) {
            err.println("homeroom: 一个运行正在使用数据目录 " + data + "（" + RunLock.holder(data) + "），请等它结束后再生成档案");
            return ExitCodes.RUN_IN_PROGRESS;
        }
        try (RunLock held = lock.get(); Warehouse warehouse = Warehouse.open(data)) {
            ReportInputs inputs = new ReportInputs(warehouse, SchemeLoader.loadDefault());
            LocalDate date = asOf != null ? asOf : LocalDate.now(RunCommand.DISTRICT_ZONE);
            TeacherArchiveData archive;
            try {
                archive = inputs.archive(id, ReportHeader.of("全部周期", date, "", ""));
            } catch (IllegalArgumentException unknown) {
                err.println("homeroom: 数据仓库中没有教师编号为 " + id + " 的班主任");
                return ExitCodes.INPUT_CANNOT_START;
            }
            Path target = out != null ? out : Path.of(id + ".pdf");
            if (target.toAbsolutePath().getParent() != null) {
                Files.createDirectories(target.toAbsolutePath().getParent());
            }
            // like a run's 一师一档, it names the digest of its own data
            Files.write(target, new ReportRenderer().render(
                    archive.withDataDigest(DataDigest.of(archive, HomeroomBuild.IDENTITY, null))));
            spec.commandLine().getOut().println("一师一档已写出：" + target.toAbsolutePath().normalize());
            return ExitCodes.DONE;
        }
    }
}
