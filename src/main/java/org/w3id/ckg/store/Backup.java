package org.w3id.ckg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

/**
 * Backups of the store as gzipped N-Quads: every graph (texts, links, ontology) in one file,
 * written in a read transaction to a temporary file that replaces the target only when whole.
 * Restoring loads such a file into a store in one write transaction, through the assembler,
 * so the text index is rebuilt too.
 */
public final class Backup {
    private Backup() {}

    public static long write(Store store, Path file) throws IOException {
        Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".tmp");
        long[] n = {0};
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
            Txn.executeRead(store.dataset(), () -> {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                w.start();
                store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                    if (!q.isDefaultGraph()) { w.quad(q); n[0]++; }
                });
                w.finish();
            });
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return n[0];
    }

    public static void restore(Path file, Store store) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            Txn.executeWrite(store.dataset(), () -> RDFParser.source(in).lang(Lang.NQUADS).parse(StreamRDFLib.dataset(store.dataset().asDatasetGraph())));
        }
    }
}
