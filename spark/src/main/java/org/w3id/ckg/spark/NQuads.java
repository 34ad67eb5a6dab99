package org.w3id.ckg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/** Quads as N-Quads lines, written by Jena's N-Quads writer: the lines a text file partition holds. */
final class NQuads {
    private NQuads() {}

    static List<String> lines(Iterable<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        w.start();
        for (Quad q : quads) w.quad(q);
        w.finish();
        List<String> lines = new ArrayList<>();
        out.toString(StandardCharsets.UTF_8).lines().forEach(lines::add);
        return lines;
    }

    /** A model's statements as quads of the named graph {@code graph}. */
    static List<String> lines(Model m, String graph) {
        Node g = NodeFactory.createURI(graph);
        List<Quad> quads = new ArrayList<>();
        m.getGraph().find().forEachRemaining(t -> quads.add(Quad.create(g, t)));
        return lines(quads);
    }
}
