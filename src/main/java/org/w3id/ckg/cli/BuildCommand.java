package org.w3id.ckg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.ckg.link.LinkStage;
import org.w3id.ckg.store.Builder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Extract every text under --texts into the TDB2 database, one named graph per text, and check the result against the SHACL shapes.",
                "Re-running replaces each text's graph. Exit code: 0 all good, 1 a text failed or a shape was violated."})
public final class BuildCommand implements Callable<Integer> {

    @Option(names = "--texts", paramLabel = "DIR", description = "Folder of texts (default: data/texts).")
    Path texts;

    @Mixin DatabaseOption database;

    @Option(names = "--force", description = "Extract every text again, even those whose graph is up to date.")
    boolean force;

    @Option(names = "--prune", description = "Drop the graphs of texts that are no longer in --texts.")
    boolean prune;

    @Override public Integer call() {
        Builder.Summary s = build(texts == null ? Home.defaultTexts() : texts, database.orDefault(), force, prune);
        return s.ok() ? 0 : 1;
    }

    static Builder.Summary build(Path texts, Path db) { return build(texts, db, false, false); }

    static Builder.Summary build(Path texts, Path db, boolean force, boolean prune) {
        System.err.println("ckg: building " + db + " from " + texts);
        Builder.Summary s = new Builder(System.err, store -> new LinkStage(System.err).standard(store)).build(List.of(texts), db, force, prune);
        System.err.printf("ckg: %d texts stored, %d unchanged, %d removed, %d failed, %d quads in the store, %.1f s%n",
                s.texts(), s.unchanged(), s.pruned(), s.failed(), s.quads(), s.millis() / 1000.0);
        ShapesReport.print(s.violations(), System.err);
        return s;
    }
}
