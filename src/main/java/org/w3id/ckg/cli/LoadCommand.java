package org.w3id.ckg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.ckg.store.NQuadsLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load N-Quads partitions (the Spark job's output, *.nq, *.nq.gz, part-*) into the TDB2 database and check it against the SHACL shapes.",
                "Each graph named in the input replaces the stored one; a file that does not parse is named and nothing is written.",
                "Exit code: 0 all good, 1 a file did not parse or a shape was violated."})
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--nquads", required = true, paramLabel = "DIR", description = "Folder (searched recursively) or file of N-Quads.")
    Path nquads;

    @Mixin DatabaseOption database;

    @Override public Integer call() throws Exception {
        Path db = database.orDefault();
        NQuadsLoader.Summary s = new NQuadsLoader(System.err).load(nquads, db);
        if (!s.failures().isEmpty()) {
            System.err.printf("ckg: nothing loaded: %d of %d files failed%n", s.failures().size(), s.files());
            return 1;
        }
        System.err.printf("ckg: %d quads in %d graphs loaded into %s from %d files, %.1f s%n", s.quads(), s.graphs(), db, s.files(), s.millis() / 1000.0);
        ShapesReport.print(s.violations(), System.err);
        return s.ok() ? 0 : 1;
    }
}
