package com.homeroom.operations;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code homeroom} command and its sub-commands. */
@Command(name = "homeroom", mixinStandardHelpOptions = true, version = "homeroom 0.1.0",
        description = "班主任考核: ingest school workbooks, score, report.",
        subcommands = {RunCommand.class, StatusCommand.class, ScheduleCommand.class, TemplateCommand.class,
                ArchiveCommand.class, SampleCommand.class, BenchCommand.class, WorkerCommand.class,
                BrokerCommand.class})
public final class HomeroomCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; a usage error is one line and exit 2. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new HomeroomCommand());
        cli.setParameterExceptionHandler((ex, ignored) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("homeroom: " + ex.getMessage() + "（用 " + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help 查看用法）");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("homeroom: 运行失败：" + ex);
            // an unexpected failure is a bug: keep the whole trace for whoever fixes it
            ex.printStackTrace(commandLine.getErr());
            return ExitCodes.RUN_FAILED;
        });
        return cli.execute(args);
    }
}
