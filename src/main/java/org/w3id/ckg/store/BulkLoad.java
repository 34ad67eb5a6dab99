package org.w3id.ckg.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A new database written by TDB2's phased bulk loader (as {@code tdb2.tdbloader --loader=phased})
 * in a folder beside its target. Quads stream in through {@link #stream()}; {@link #finish()} ends
 * the load and opens the database through the assembler, {@link #indexLabels()} builds its label
 * index the way jena-text's {@code textindexer} does it; {@link #commit()} renames the folder into place, so the
 * target appears whole or not at all. {@link #abort(Exception)} removes the folder.
 */
public final class BulkLoad {

    private final Path target;
    private final Path folder;
    private final DatasetGraph tdb;
    private final DataLoader loader;
    private final PrintStream log;
    private final long start = System.nanoTime();
    private StreamRDF stream;
    private Store store;

    private BulkLoad(Path target, PrintStream log) {
        this.target = target;
        this.log = log;
        this.folder = Store.newFolderBeside(target);
        this.tdb = DatabaseMgr.connectDatasetGraph(folder.toString());
        this.loader = LoaderFactory.phasedLoader(tdb, (fmt, args) -> { });
    }

    /** Whether a build into {@code db} can go through the bulk loader: there is no database there yet. */
    public static boolean applies(Path db) { return !Store.exists(db); }

    /** Starts loading a new database that will be {@code db}; the caller ends it with {@link #commit()} or {@link #abort(Exception)}. */
    public static BulkLoad start(Path db, PrintStream log) {
        BulkLoad b = new BulkLoad(db, log);
        b.loader.startBulk();
        b.stream = b.loader.stream();
        return b;
    }

    /** Where the quads go; the loader batches them itself. */
    public StreamRDF stream() { return stream; }

    public DataLoader loader() { return loader; }

    /**
     * Ends the bulk load and opens the new database for the work that follows. Its label index is
     * empty until {@link #indexLabels()}: what is written through the store until then must hold
     * no label, or it would be indexed twice.
     */
    public Store finish() {
        loader.finishBulk();
        log.printf("ckg: %d quads bulk-loaded, %.1f s%n", loader.countQuads() + loader.countTriples(), (System.nanoTime() - start) / 1e9);
        store = Store.open(StoreConfig.forDatabase(folder));
        return store;
    }

    /** Indexes every label of the new database; it only reads the store, so other readers may run beside it. */
    public long indexLabels() {
        long t0 = System.nanoTime();
        long labels = TextIndexing.indexAll(store);
        log.printf("ckg: %d names in the label index, %.1f s%n", labels, (System.nanoTime() - t0) / 1e9);
        return labels;
    }

    /** Closes the new database and renames it into place. */
    public void commit() {
        if (store != null) store.close();
        TDBInternal.expel(tdb, true);
        Store.moveIntoPlace(folder, target);
    }

    /** Gives the load up: nothing of it stays on disk. */
    public void abort(Exception why) {
        try {
            if (store == null) loader.finishException(why);
            else store.close();
        } catch (RuntimeException e) {
            why.addSuppressed(e); // the load has failed already; what matters now is that its folder goes
        }
        TDBInternal.expel(tdb, true);
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the unfinished database " + folder, e);
        }
    }
}
