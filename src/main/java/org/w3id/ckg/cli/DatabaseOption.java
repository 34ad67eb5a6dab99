package org.w3id.ckg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that work on a database (a picocli mixin). */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database folder (default: db).")
    Path db;

    /** The folder given, or the default one. */
    Path orDefault() { return db == null ? Home.defaultDb() : db; }

    /** The folder, which must hold a database already. */
    Path existing() { return Home.existingDb(db); }
}
