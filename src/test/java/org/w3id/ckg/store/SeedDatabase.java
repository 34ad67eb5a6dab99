package org.w3id.ckg.store;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.w3id.ckg.link.LinkStage;

/** Tests' fixture: the seed texts built into a real TDB2 database, quietly, linked as `ckg build` links them. */
public final class SeedDatabase {
    private SeedDatabase() {}

    public static final Path TEXTS = Path.of(System.getProperty("ckg.home", ".")).resolve("data/texts");

    public static Builder.Summary build(Path db) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        return new Builder(quiet, store -> new LinkStage(quiet).standard(store)).build(List.of(TEXTS), db);
    }
}
