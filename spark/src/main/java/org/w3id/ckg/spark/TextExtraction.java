package org.w3id.ckg.spark;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.ckg.graph.TextsToQuads;
import org.w3id.ckg.ingest.TextSource;
import org.w3id.ckg.link.Entities;
import org.w3id.ckg.model.SourceText;
import org.w3id.ckg.vocab.CKG;

/**
 * The executor side of the job: one file's bytes to its texts' graphs, with the intake, extractor
 * and data files of the local build ({@link TextSource}, {@link TextsToQuads}), so that a text
 * gives the same quads here as in {@code ckg extract}.
 */
final class TextExtraction {
    private TextExtraction() {}

    /** One per executor JVM: the extractor's models and lexicon are loaded once, its tools are per thread. */
    private static final class Holder { static final TextsToQuads QUADS = new TextsToQuads(1); }

    private static final Node RELATION = CKG.RelationAssertion.asNode(), OBSERVATION = CKG.MetricObservation.asNode();

    /** The texts of the file at {@code location} (a Hadoop path: file:, hdfs:, s3a: …) and its bytes, or why each gave none. */
    static List<Either> split(String location, byte[] bytes) {
        List<Either> out = new ArrayList<>();
        TextSource.read(localName(location), bytes, new TextSource.Handler() {
            @Override public void text(SourceText text) { out.add(new Either(TextRecord.of(text), null)); }
            @Override public void failure(TextSource.Failure f) { out.add(new Either(null, f.toString())); }
        });
        return out;
    }

    /** A text, or the reason a file or text gave none. */
    record Either(TextRecord text, String failure) implements java.io.Serializable {}

    static Extracted extract(TextRecord record) { return extract(record.text()); }

    private static Extracted extract(SourceText text) {
        List<Quad> quads;
        try {
            quads = Holder.QUADS.quads(text);
        } catch (RuntimeException | StackOverflowError e) {
            return Extracted.failed(text.path() + ": " + text.id() + ": extraction failed: " + e);
        }
        long facts = quads.stream().filter(q -> q.getPredicate().equals(RDF.type.asNode())
                && (q.getObject().equals(RELATION) || q.getObject().equals(OBSERVATION))).count();
        DatasetGraph one = DatasetGraphFactory.createTxnMem();
        quads.forEach(one::add);
        return new Extracted(text.id(), NQuads.lines(quads), facts, Entities.of(DatasetFactory.wrap(one)), null);
    }

    /** The path part of a Hadoop location, by which failures name the file and newswire files are recognised. */
    static Path localName(String location) {
        try {
            String p = URI.create(location).getPath();
            return Path.of(p == null || p.isEmpty() ? location : p);
        } catch (IllegalArgumentException notAUri) {
            return Path.of(location);
        }
    }
}
