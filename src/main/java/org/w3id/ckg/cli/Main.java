package org.w3id.ckg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ckg} command line: one subcommand per job. */
@Command(name = "ckg", mixinStandardHelpOptions = true, version = "ckg 0.1.0",
        description = "Company knowledge graph: extracts companies, relations and figures from texts into RDF, "
                + "stores them in Apache Jena TDB2 and serves them with Fuseki.",
        subcommands = {ExtractCommand.class, BuildCommand.class, ServeCommand.class, QueryCommand.class,
                ExportCommand.class, LinkCommand.class, LoadCommand.class, BackupCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(System.err); }

    /**
     * Lucene says at every start, through java.util.logging, that the JDK's incubating vector module
     * is not enabled: true, harmless and nothing a user can act on. Held here so the level sticks.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("ckg: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        return cl;
    }
}
