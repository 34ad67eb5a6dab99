package org.w3id.ckg.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * Writes a Jena dataset with RDF4J Rio: quad formats keep one graph per text; triple formats get
 * the union of all graphs (or one graph with {@code graph}), grouped by subject so that Turtle
 * reads as one block per entity, with the ontology's prefixes.
 */
public final class RioExport {
    private RioExport() {}

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    public static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("ckg", "https://w3id.org/ckg/ontology#"),
            Map.entry("org", "http://www.w3.org/ns/org#"),
            Map.entry("schema", "https://schema.org/"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("qb", "http://purl.org/linked-data/cube#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("doc", org.w3id.ckg.graph.Iris.DOCUMENTS),
            Map.entry("obs", "https://w3id.org/ckg/obs/"),
            Map.entry("company", "https://w3id.org/ckg/id/org/"),
            Map.entry("person", "https://w3id.org/ckg/id/person/"),
            Map.entry("place", "https://w3id.org/ckg/id/place/"),
            Map.entry("product", "https://w3id.org/ckg/id/product/"));

    /** Writes {@code ds}; {@code graph} (an IRI) limits a triple format to that text's graph. */
    public static void write(Dataset ds, RdfFormat format, String graph, OutputStream out) {
        RDFWriter w = Rio.createWriter(format.rio(), out);
        w.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true).set(BasicWriterSettings.INLINE_BLANK_NODES, true);
        w.startRDF();
        PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> w.handleNamespace(e.getKey(), e.getValue()));
        Txn.executeRead(ds, () -> {
            if (format.keepsGraphs() && graph == null) {
                List<Quad> quads = new ArrayList<>();
                ds.asDatasetGraph().find().forEachRemaining(q -> { if (!q.isDefaultGraph()) quads.add(q); });
                quads.sort(Comparator.comparing((Quad q) -> q.getGraph().toString()).thenComparing(q -> q.getSubject().toString())
                        .thenComparing(q -> q.getPredicate().toString()).thenComparing(q -> q.getObject().toString()));
                for (Quad q : quads) w.handleStatement(statement(q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph()));
            } else {
                Set<Triple> triples = new LinkedHashSet<>();
                Iterator<Quad> it = graph == null ? ds.asDatasetGraph().find()
                        : ds.asDatasetGraph().find(org.apache.jena.graph.NodeFactory.createURI(graph), Node.ANY, Node.ANY, Node.ANY);
                it.forEachRemaining(q -> triples.add(q.asTriple()));
                List<Triple> sorted = new ArrayList<>(triples);
                sorted.sort(Comparator.comparing((Triple t) -> t.getSubject().toString()).thenComparing(t -> t.getPredicate().toString())
                        .thenComparing(t -> t.getObject().toString()));
                Node g = graph != null && format.keepsGraphs() ? org.apache.jena.graph.NodeFactory.createURI(graph) : null;
                for (Triple t : sorted) w.handleStatement(statement(t.getSubject(), t.getPredicate(), t.getObject(), g));
            }
        });
        w.endRDF();
    }

    /** One graph (a resource's description) in any Rio format, with the ontology's prefixes. */
    public static void write(org.apache.jena.graph.Graph graph, org.eclipse.rdf4j.rio.RDFFormat format, OutputStream out) {
        RDFWriter w = Rio.createWriter(format, out);
        w.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        w.startRDF();
        PREFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> w.handleNamespace(e.getKey(), e.getValue()));
        List<Triple> sorted = new ArrayList<>(graph.find().toList());
        sorted.sort(Comparator.comparing((Triple t) -> t.getSubject().toString()).thenComparing(t -> t.getPredicate().toString()));
        for (Triple t : sorted) w.handleStatement(statement(t.getSubject(), t.getPredicate(), t.getObject(), null));
        w.endRDF();
    }

    static Statement statement(Node s, Node p, Node o, Node g) {
        return g == null ? VF.createStatement(resource(s), (IRI) value(p), value(o))
                : VF.createStatement(resource(s), (IRI) value(p), value(o), resource(g));
    }

    private static Resource resource(Node n) { return (Resource) value(n); }

    static Value value(Node n) {
        if (n.isURI()) return VF.createIRI(n.getURI());
        if (n.isBlank()) return VF.createBNode(n.getBlankNodeLabel());
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("not an RDF term for export: " + n);
    }
}
