package org.w3id.ckg.cli;

import java.nio.file.Path;

/** Where ckg's folders are: the repository the launcher runs from (-Dckg.home), else the working directory. */
final class Home {
    private Home() {}

    static Path dir() { return Path.of(System.getProperty("ckg.home", ".")); }

    static Path defaultDb() { return dir().resolve("db"); }

    static Path defaultTexts() { return dir().resolve("data/texts"); }

    /** The database a command reads: the one given, else the default; it must have been built. */
    static Path existingDb(Path given) {
        Path db = given == null ? defaultDb() : given;
        if (!java.nio.file.Files.isDirectory(db)) throw new IllegalArgumentException(db + ": no database; run ckg build first");
        return db;
    }
}
