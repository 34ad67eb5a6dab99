package org.w3id.ckg.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.w3id.ckg.extract.Extractor;
import org.w3id.ckg.ingest.DocumentReader;
import org.w3id.ckg.ingest.TextSource;
import org.w3id.ckg.model.SourceText;

/**
 * The whole path from files to quads: read each text, extract it, and hand its quads to a
 * {@link Sink} as one batch per text, so a store can replace that text's graph in one
 * transaction. A text that fails is reported to the sink and the others go on.
 */
public final class TextsToQuads {

    /** Receives one text's graph at a time, or the reason a text gave none. */
    public interface Sink {
        void document(String id, String graphIri, String contentHash, List<Quad> quads);
        void failure(TextSource.Failure failure);
    }

    private final DocumentReader reader = DocumentReader.standard();
    private final Extractor extractor = new Extractor();

    public void run(List<Path> paths, Sink sink) {
        TextSource.read(paths, new TextSource.Handler() {
            @Override public void text(SourceText text) {
                List<Quad> quads;
                try {
                    quads = quads(text);
                } catch (RuntimeException e) {
                    sink.failure(new TextSource.Failure(text.path(), "extraction failed: " + e));
                    return;
                }
                sink.document(text.id(), Iris.document(text.id()), text.contentHash(), quads);
            }
            @Override public void failure(TextSource.Failure failure) { sink.failure(failure); }
        });
    }

    public List<Quad> quads(SourceText text) {
        List<Quad> quads = new ArrayList<>();
        new GraphWriter(new StreamRDFBase() {
            @Override public void quad(Quad q) { quads.add(q); }
        }).write(extractor.extract(reader.read(text)));
        return quads;
    }
}
