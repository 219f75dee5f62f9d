package org.sealane.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.UsageMessageSpec;

/** The {@code sealane} command line: one subcommand per task (DESIGN 3.1). */
@Command(
        name = "sealane",
        mixinStandardHelpOptions = true,
        versionProvider = SealaneCommand.Version.class,
        description = {
            "Maritime sea-lane monitoring on Apache Flink: AIS positions in, zone alerts out.",
            ""
        },
        subcommands = {
            ReplayCommand.class,
            ReportCommand.class,
            RunCommand.class,
            DecodeCommand.class,
            ZonesCommand.class,
            SimulateCommand.class,
            PublishCommand.class,
            WatchCommand.class,
            MapCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Exit status: 0 success, 1 failure, 2 usage error.",
            "Run 'sealane COMMAND --help' for a command's options.",
            "bin/sealane reads JAVA_HOME, SEALANE_JAVA_OPTS (JVM options), SEALANE_AOT_CACHE",
            "(Java 25's ahead-of-time cache) and SEALANE_DATA_DIR (the shared data folder for",
            "its build), as README.md explains."
        })
public final class SealaneCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /**
     * Runs the command line and exits with its status; or, inside a Flink cluster's or client's
     * JVM, returns, or throws with the error line on a failure.
     */
    public static void main(String[] args) {
        if (ownsTheJvm()) {
            System.exit(execute(args));
        }
        // Submitted with flink run, through the REST API or in application mode: the JVM is
        // Flink's (on the REST path, the JobManager itself), so exiting would stop it. Flink
        // reports an exception from main to whoever submitted the job.
        StringWriter errors = new StringWriter();
        int status = execute(new PrintWriter(errors, true), args);
        System.err.print(errors);
        if (status != 0) {
            String error = errors.toString().strip().lines().findFirst().orElse("");
            throw new IllegalStateException(
                    error.isEmpty() ? "sealane: exit status " + status : error);
        }
    }

    /**
     * Whether sealane was started as a program of its own ({@code java -jar}): only then was it
     * loaded by the JVM's application class loader. Flink loads a submitted job jar with a class
     * loader of its own.
     */
    static boolean ownsTheJvm() {
        return SealaneCommand.class.getClassLoader() == ClassLoader.getSystemClassLoader();
    }

    /** Runs the command line and returns its exit status. */
    public static int execute(String... args) {
        return execute(null, args);
    }

    /** Runs the command line with its error messages to {@code errors} (null: standard error). */
    static int execute(PrintWriter errors, String... args) {
        CommandLine cli = new CommandLine(new SealaneCommand());
        headersOnlyInCommandLists(cli);
        if (errors != null) {
            cli.setErr(errors);
        }
        cli.setExecutionExceptionHandler(
                (exception, commandLine, parseResult) -> {
                    PrintWriter err = commandLine.getErr();
                    err.println("sealane: error: " + oneLine(exception));
                    err.flush();
                    return exception instanceof IllegalArgumentException ? 2 : 1;
                });
        cli.setParameterExceptionHandler(
                (exception, args1) -> {
                    PrintWriter err = exception.getCommandLine().getErr();
                    err.println("sealane: " + exception.getMessage());
                    err.println(
                            "Run '"
                                    + exception.getCommandLine().getCommandSpec().qualifiedName()
                                    + " --help' for usage.");
                    err.flush();
                    return 2;
                });
        return cli.execute(args);
    }

    /**
     * A command's header is its one-line summary in its parent's list of commands; its own help
     * starts with the usage and the full description instead.
     */
    private static void headersOnlyInCommandLists(CommandLine command) {
        for (CommandLine subcommand : command.getSubcommands().values()) {
            List<String> sections = new ArrayList<>(subcommand.getHelpSectionKeys());
            sections.remove(UsageMessageSpec.SECTION_KEY_HEADER_HEADING);
            sections.remove(UsageMessageSpec.SECTION_KEY_HEADER);
            subcommand.setHelpSectionKeys(sections);
            headersOnlyInCommandLists(subcommand);
        }
    }

    private static String oneLine(Throwable exception) {
        String message = exception.getMessage();
        if (message == null || message.isBlank()) {
            message = exception.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    /** The version from the jar manifest, when run from the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SealaneCommand.class.getPackage().getImplementationVersion();
            return new String[] {"sealane " + (version == null ? "(development build)" : version)};
        }
    }
}
