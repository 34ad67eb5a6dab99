package org.w3id.ckg.graph;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.ckg.model.Entity;
import org.w3id.ckg.model.Extraction;
import org.w3id.ckg.model.Observation;
import org.w3id.ckg.model.Relation;
import org.w3id.ckg.model.Sentence;
import org.w3id.ckg.vocab.CKG;
import org.w3id.ckg.vocab.W3C;

/**
 * Writes an {@link Extraction} as quads in the named graph of its document, streaming them to a
 * Jena {@link StreamRDF} (a file writer, a TDB2 loader, a collector in tests), in the shape
 * VOCABULARY.md fixes: the document node, its mentions, typed and labelled entities, the
 * relations with reified evidence, and the figures as Data Cube observations.
 */
public final class GraphWriter {

    private final StreamRDF out;

    public GraphWriter(StreamRDF out) { this.out = out; }

    public void write(Extraction x) {
        String docIri = Iris.document(x.document().id());
        Node g = uri(docIri);
        Node doc = g;
        quad(g, doc, RDF.type.asNode(), CKG.Document.asNode());
        quad(g, doc, DCTerms.identifier.asNode(), lit(x.document().id()));
        x.document().date().ifPresent(d -> quad(g, doc, DCTerms.date.asNode(), typed(d.toString(), XSDDatatype.XSDdate)));
        x.document().title().ifPresent(t -> quad(g, doc, DCTerms.title.asNode(), lit(t)));
        quad(g, doc, CKG.contentHash.asNode(), lit(Fingerprint.of(x.document().contentHash())));
        // the text itself, so that evidence offsets can be shown where they point
        quad(g, doc, CKG.text.asNode(), lit(x.document().text()));
        for (Entity e : x.mentioned()) {
            Node n = uri(e.iri());
            quad(g, doc, W3C.mentions.asNode(), n);
            quad(g, n, RDF.type.asNode(), uri(CKG.NS + e.type().className()));
            quad(g, n, RDFS.label.asNode(), lit(e.label()));
            for (String alt : e.altLabels()) quad(g, n, SKOS.altLabel.asNode(), lit(alt));
        }
        Set<Integer> evidence = new HashSet<>();
        for (Relation r : x.relations()) {
            Node s = uri(r.subject().iri()), p = uri(r.type().property()), o = uri(r.object().iri());
            quad(g, s, p, o);
            Node a = uri(Iris.hashed("assertion", docIri, r.subject().iri(), r.type().property(), r.object().iri()));
            quad(g, a, RDF.type.asNode(), CKG.RelationAssertion.asNode());
            quad(g, a, RDF.subject.asNode(), s);
            quad(g, a, RDF.predicate.asNode(), p);
            quad(g, a, RDF.object.asNode(), o);
            quad(g, a, CKG.evidence.asNode(), uri(Iris.sentence(docIri, r.evidence().index())));
            quad(g, a, W3C.wasDerivedFrom.asNode(), doc);
            quad(g, a, CKG.confidence.asNode(), typed(Double.toString(r.confidence()), XSDDatatype.XSDdecimal));
            evidence.add(r.evidence().index());
        }
        for (Observation ob : x.observations()) {
            String value = ob.quantity().value().toPlainString();
            Node n = uri(Iris.hashed("obs", docIri, ob.organization().iri(), ob.metric().name(), value, ob.quantity().unit(),
                    String.valueOf(ob.period()), Integer.toString(ob.quantity().begin())));
            quad(g, n, RDF.type.asNode(), CKG.MetricObservation.asNode());
            quad(g, n, RDF.type.asNode(), W3C.qbObservation.asNode());
            quad(g, n, W3C.dataSet.asNode(), CKG.observations.asNode());
            quad(g, n, CKG.organization.asNode(), uri(ob.organization().iri()));
            quad(g, n, CKG.metric.asNode(), uri(ob.metric().iri()));
            quad(g, n, CKG.value.asNode(), typed(value, XSDDatatype.XSDdecimal));
            quad(g, n, CKG.unit.asNode(), lit(ob.quantity().unit()));
            if (ob.period().start() != null) quad(g, n, CKG.periodStart.asNode(), typed(ob.period().start().toString(), XSDDatatype.XSDdate));
            if (ob.period().end() != null) quad(g, n, CKG.periodEnd.asNode(), typed(ob.period().end().toString(), XSDDatatype.XSDdate));
            quad(g, n, CKG.sourceText.asNode(), lit(ob.quantity().surface()));
            quad(g, n, W3C.wasDerivedFrom.asNode(), doc);
            Node sentence = uri(Iris.sentence(docIri, ob.evidence().index()));
            quad(g, n, W3C.wasDerivedFrom.asNode(), sentence);
            quad(g, n, CKG.evidence.asNode(), sentence);
            quad(g, n, CKG.confidence.asNode(), typed(Double.toString(ob.confidence()), XSDDatatype.XSDdecimal));
            evidence.add(ob.evidence().index());
        }
        for (Sentence s : x.sentences()) {
            if (!evidence.contains(s.index())) continue;
            Node n = uri(Iris.sentence(docIri, s.index()));
            quad(g, n, RDF.type.asNode(), CKG.Sentence.asNode());
            quad(g, n, DCTerms.isPartOf.asNode(), doc);
            quad(g, n, CKG.text.asNode(), lit(s.text()));
            quad(g, n, CKG.beginIndex.asNode(), typed(Integer.toString(s.begin()), XSDDatatype.XSDinteger));
            quad(g, n, CKG.endIndex.asNode(), typed(Integer.toString(s.end()), XSDDatatype.XSDinteger));
        }
    }

    private void quad(Node g, Node s, Node p, Node o) { out.quad(Quad.create(g, s, p, o)); }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static Node lit(String s) { return NodeFactory.createLiteralString(s); }

    private static Node typed(String lex, XSDDatatype dt) { return NodeFactory.createLiteralDT(lex, dt); }
}
