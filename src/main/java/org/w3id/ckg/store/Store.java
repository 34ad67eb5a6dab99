package org.w3id.ckg.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * ckg's TDB2 store: one named graph per text. Replacing a text's graph happens in one write
 * transaction, so the store never holds half of a text's facts, and a second build of the same
 * text leaves the same triples.
 */
public final class Store implements AutoCloseable {

    private final Dataset dataset;

    private Store(Dataset dataset) { this.dataset = dataset; }

    public static Store open(StoreConfig config) {
        initialise(config.database());
        TornJournal.repairIfCrashed(config.database(), System.err);
        return new Store(config.open());
    }

    /**
     * A new database is made whole in a folder beside the target and then renamed into place, so
     * that a process killed while TDB2 first lays out its files leaves no half-made database.
     */
    static void initialise(java.nio.file.Path db) {
        if (exists(db)) return;
        java.nio.file.Path tmp = newFolderBeside(db);
        DatasetGraph dsg = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(tmp.toString());
        Txn.executeWrite(dsg, () -> { });
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        moveIntoPlace(tmp, db);
    }

    /** Whether {@code db} holds a database already: a folder with something in it. */
    static boolean exists(java.nio.file.Path db) {
        if (!java.nio.file.Files.isDirectory(db)) return false;
        try (var s = java.nio.file.Files.list(db)) {
            return s.findAny().isPresent();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the database folder " + db, e);
        }
    }

    /** An empty folder beside {@code db} to make a new database in. */
    static java.nio.file.Path newFolderBeside(java.nio.file.Path db) {
        try {
            java.nio.file.Path parent = db.toAbsolutePath().getParent();
            java.nio.file.Files.createDirectories(parent);
            return java.nio.file.Files.createTempDirectory(parent, db.getFileName() + ".new-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the database " + db, e);
        }
    }

    /** Renames a database made in {@code tmp} to {@code db}, which must not hold one. */
    static void moveIntoPlace(java.nio.file.Path tmp, java.nio.file.Path db) {
        try {
            if (java.nio.file.Files.isDirectory(db)) java.nio.file.Files.delete(db); // empty: exists() said so
            java.nio.file.Files.move(tmp, db, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the database " + db, e);
        }
    }

    public Dataset dataset() { return dataset; }

    /** Replaces several texts' graphs in one transaction: all of them or none. */
    public void replaceGraphs(java.util.Map<String, List<Quad>> graphs) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (var e : graphs.entrySet()) {
                dsg.deleteAny(NodeFactory.createURI(e.getKey()), Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : e.getValue()) dsg.add(q);
            }
        });
    }

    public void replaceGraph(String graphIri, List<Quad> quads) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            for (Quad q : quads) dsg.add(q);
        });
    }

    public void replaceGraph(String graphIri, org.apache.jena.rdf.model.Model model) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            model.getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** The names of the stored graphs. */
    public java.util.Set<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            java.util.Set<String> names = new java.util.HashSet<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> { if (g.isURI()) names.add(g.getURI()); });
            return names;
        });
    }

    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    @Override public void close() { dataset.close(); }
}
