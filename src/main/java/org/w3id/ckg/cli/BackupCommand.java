package org.w3id.ckg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.ckg.store.Backup;
import org.w3id.ckg.store.Store;
import org.w3id.ckg.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write every graph of the database to a gzipped N-Quads file (whole or not at all).")
public final class BackupCommand implements Callable<Integer> {

    @Mixin DatabaseOption database;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The backup file, e.g. ckg-backup.nq.gz.")
    Path output;

    @Override public Integer call() throws Exception {
        try (Store store = Store.open(StoreConfig.forDatabase(database.existing()))) {
            long n = Backup.write(store, output);
            System.err.printf("ckg: %d quads written to %s%n", n, output);
        }
        return 0;
    }
}
