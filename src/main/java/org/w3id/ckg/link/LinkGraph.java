package org.w3id.ckg.link;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.ckg.graph.Iris;
import org.w3id.ckg.vocab.CKG;

/**
 * The named graph of one linking run: the links (owl:sameAs above the threshold,
 * skos:closeMatch for review), each reified with its score and method, and the run itself as a
 * prov:Activity naming its target and how many candidates it compared. Drop the graph to undo
 * the links; run again to redo them.
 */
public final class LinkGraph {
    private LinkGraph() {}

    public static final String PROV = "http://www.w3.org/ns/prov#";

    public static String iri(String targetName) {
        return CKG.DATA + "links/" + targetName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public static Model build(String targetName, String targetIri, Linker.Result result, String method) {
        Model m = run(targetName, targetIri, result.compared(), method);
        for (Linker.Link l : result.links()) add(m, targetName, l);
        return m;
    }

    /** The run alone: a prov:Activity naming its target, its method and how many candidates it compared. */
    public static Model run(String targetName, String targetIri, long compared, String method) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("owl", OWL.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("ckg", CKG.NS).setNsPrefix("prov", PROV);
        m.createResource(iri(targetName) + "#run")
                .addProperty(RDF.type, CKG.Linking).addProperty(RDF.type, m.createResource(PROV + "Activity"))
                .addProperty(CKG.target, m.createResource(targetIri))
                .addProperty(CKG.method, method)
                .addLiteral(CKG.candidatesCompared, m.createTypedLiteral(Long.toString(compared), XSDDatatype.XSDinteger));
        return m;
    }

    /** One link of the run of {@code targetName}, reified with its score; links can be added one at a time, anywhere. */
    public static void add(Model m, String targetName, Linker.Link l) {
        Property p = l.accepted() ? OWL.sameAs : SKOS.closeMatch;
        Resource s = m.createResource(l.entity()), o = m.createResource(l.target());
        s.addProperty(p, o);
        m.createResource(Iris.hashed("link", l.entity(), p.getURI(), l.target()))
                .addProperty(RDF.type, CKG.LinkAssertion)
                .addProperty(RDF.subject, s).addProperty(RDF.predicate, p).addProperty(RDF.object, o)
                .addLiteral(CKG.confidence, m.createTypedLiteral(Double.toString(l.score()), XSDDatatype.XSDdecimal))
                .addProperty(m.createProperty(PROV, "wasGeneratedBy"), m.createResource(iri(targetName) + "#run"));
    }

}
