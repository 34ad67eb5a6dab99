package org.w3id.ckg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.ckg.ingest.DataFiles;

/**
 * Loads N-Quads partitions (plain or gzipped, as the Spark job or {@code ckg backup} write them)
 * into the store. Every file is parsed once before anything is written, so a broken partition is
 * named and nothing is stored. A new database is bulk-loaded by TDB2's own loader; into an
 * existing one all files go in one write transaction, through the assembler's dataset so the
 * text index follows, each graph they name replacing the stored one.
 */
public final class NQuadsLoader {

    /** What a load did; {@code failures} name the files that kept it from writing anything. */
    public record Summary(int files, long quads, int graphs, List<String> failures, List<ReportEntry> violations, long millis) {
        public boolean ok() { return failures.isEmpty() && violations.isEmpty(); }
    }

    private final PrintStream log;

    public NQuadsLoader(PrintStream log) { this.log = log; }

    /** The partitions below {@code dir}: files named *.nq, *.nq.gz or part-*, hidden and marker files aside. */
    public static List<Path> partitions(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) return List.of(dir);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString();
                return !n.startsWith(".") && !n.startsWith("_") && (n.endsWith(".nq") || n.endsWith(".nq.gz") || n.startsWith("part-"));
            }).sorted().toList();
        }
    }

    public Summary load(Path input, Path db) throws IOException {
        long t0 = System.nanoTime();
        List<Path> files = partitions(input);
        if (files.isEmpty()) return new Summary(0, 0, 0, List.of(input + ": no N-Quads partitions (*.nq, *.nq.gz, part-*)"), List.of(), 0);
        if (!Store.exists(db)) return bulk(files, db, t0);
        List<String> failures = new ArrayList<>();
        Set<Node> graphs = new LinkedHashSet<>();
        long[] quads = {0};
        for (Path f : files) {
            try {
                parse(f, new StreamRDFBase() {
                    @Override public void quad(Quad q) { graphs.add(q.getGraph()); quads[0]++; }
                    @Override public void triple(org.apache.jena.graph.Triple t) { graphs.add(Quad.defaultGraphIRI); quads[0]++; }
                });
            } catch (RiotException | IOException e) {
                failures.add(f + ": not N-Quads: " + e.getMessage());
                log.println("ckg: " + f + ": not N-Quads: " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) return new Summary(files.size(), 0, 0, failures, List.of(), (System.nanoTime() - t0) / 1_000_000);
        log.printf("ckg: loading %d quads in %d graphs from %d files%n", quads[0], graphs.size(), files.size());
        try (Store store = Store.open(StoreConfig.forDatabase(db))) {
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                for (Node g : graphs) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                StreamRDF into = StreamRDFLib.dataset(dsg);
                for (Path f : files) {
                    try {
                        parse(f, into);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(f + ": " + e.getMessage(), e);
                    }
                }
            });
            store.replaceGraph(Builder.ONTOLOGY_GRAPH, DataFiles.ontology());
            List<ReportEntry> violations = ShapesCheck.validate(store);
            return new Summary(files.size(), quads[0], graphs.size(), failures, violations, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /**
     * A new database: TDB2's bulk loader (the phased one, as {@code tdb2.tdbloader --loader=phased})
     * writes it in a folder beside the target, the label index is built from it, the ontology added
     * and the shapes checked; then the folder is renamed into place, so the target appears whole or
     * not at all, and a file that does not parse leaves nothing behind.
     */
    private Summary bulk(List<Path> files, Path db, long t0) throws IOException {
        log.printf("ckg: bulk-loading %d files into a new database%n", files.size());
        BulkLoad bulk = BulkLoad.start(db, log);
        Path current = null;
        try {
            for (Path f : files) {
                current = f;
                try (InputStream in = open(f)) {
                    bulk.loader().loadFromInputStream(f.toString(), in, Lang.NQUADS);
                }
            }
        } catch (IOException | RuntimeException e) {
            bulk.abort(e);
            String why = current + ": " + (e instanceof RiotException ? "not N-Quads: " : "cannot read: ") + e.getMessage();
            log.println("ckg: " + why);
            return new Summary(files.size(), 0, 0, List.of(why), List.of(), (System.nanoTime() - t0) / 1_000_000);
        }
        try {
            Store store = bulk.finish();
            bulk.indexLabels();
            long quads = bulk.loader().countQuads() + bulk.loader().countTriples();
            int graphs = store.graphNames().size();
            long checked = System.nanoTime();
            store.replaceGraph(Builder.ONTOLOGY_GRAPH, DataFiles.ontology());
            List<ReportEntry> violations = ShapesCheck.validate(store);
            log.printf("ckg: ontology and SHACL check, %.1f s%n", (System.nanoTime() - checked) / 1e9);
            bulk.commit();
            return new Summary(files.size(), quads, graphs, List.of(), violations, (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            bulk.abort(e);
            throw e;
        }
    }

    private static InputStream open(Path f) throws IOException {
        InputStream raw = Files.newInputStream(f);
        return f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private static void parse(Path f, StreamRDF sink) throws IOException {
        try (InputStream in = open(f)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(sink);
        }
    }

}
