package org.w3id.ckg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.ckg.store.Backup;
import org.w3id.ckg.store.Store;
import org.w3id.ckg.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Load a backup (gzipped N-Quads) into a new database folder.")
public final class RestoreCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file.")
    Path from;

    @Option(names = "--db", paramLabel = "DIR", description = "The database folder to create (default: db); it must not exist or be empty.")
    Path db;

    @Override public Integer call() throws Exception {
        Path dbDir = db == null ? Home.defaultDb() : db;
        if (!Files.isRegularFile(from)) throw new IllegalArgumentException(from + ": no such backup file");
        if (Files.isDirectory(dbDir)) {
            try (var s = Files.list(dbDir)) {
                if (s.findAny().isPresent()) throw new IllegalArgumentException(dbDir + ": not empty; restore into a new folder");
            }
        }
        try (Store store = Store.open(StoreConfig.forDatabase(dbDir))) {
            Backup.restore(from, store);
            System.err.printf("ckg: %s restored into %s (%d quads)%n", from, dbDir, store.quadCount());
        }
        return 0;
    }
}
