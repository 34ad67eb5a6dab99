package org.w3id.ckg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.ckg.graph.Iris;
import org.w3id.ckg.model.EntityType;
import org.w3id.ckg.vocab.CKG;
import org.w3id.ckg.vocab.W3C;

/**
 * The entities of the store's text graphs, with their names, type and parents' names, as link
 * candidates: in each text's graph, a thing of one of ckg's entity classes that has a name
 * (rdfs:label or skos:altLabel), with the labels of what it is a sub-organisation of there.
 * Read graph by graph straight from the store: a SPARQL join of the same took seconds on a large
 * corpus, and looking each entity's names up in the indexes one at a time half as long.
 */
public final class Entities {
    private Entities() {}

    /** What one text's graph says of one subject. */
    private static final class Said {
        final List<EntityType> types = new ArrayList<>(1);
        final List<String> names = new ArrayList<>(2), labels = new ArrayList<>(2);
        final List<Node> parents = new ArrayList<>(1);
    }

    public static List<Candidate> of(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Map<String, Candidate> byIri = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        Node type = RDF.type.asNode(), label = RDFS.label.asNode(), altLabel = SKOS.altLabel.asNode(), sub = W3C.subOrganizationOf.asNode();
        Txn.executeRead(ds, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.isURI() || !g.getURI().startsWith(Iris.DOCUMENTS)) return;
            Map<Node, Said> said = new LinkedHashMap<>();
            dsg.getGraph(g).find().forEachRemaining(t -> {
                Node p = t.getPredicate(), o = t.getObject();
                if (p.equals(type)) {
                    EntityType et = o.isURI() && o.getURI().startsWith(CKG.NS) ? types.computeIfAbsent(o.getURI(), Entities::typeOf) : null;
                    if (et != null) said.computeIfAbsent(t.getSubject(), k -> new Said()).types.add(et);
                } else if ((p.equals(label) || p.equals(altLabel)) && o.isLiteral()) {
                    Said x = said.computeIfAbsent(t.getSubject(), k -> new Said());
                    x.names.add(o.getLiteralLexicalForm());
                    if (p.equals(label)) x.labels.add(o.getLiteralLexicalForm());
                } else if (p.equals(sub)) {
                    said.computeIfAbsent(t.getSubject(), k -> new Said()).parents.add(o);
                }
            });
            said.forEach((e, x) -> {
                if (x.types.isEmpty() || x.names.isEmpty()) return;
                String iri = e.getURI();
                for (EntityType et : x.types) {
                    Candidate c = byIri.computeIfAbsent(iri, k -> new Candidate(k, et, new LinkedHashSet<>(), new LinkedHashSet<>()));
                    if (Candidate.first(c.type(), et) != c.type()) byIri.put(iri, new Candidate(iri, et, c.labels(), c.parents()));
                }
                Candidate c = byIri.get(iri);
                // proper names only: "e-commerce business" describes a unit, it does not name it
                for (String name : x.names) if (!name.isEmpty() && !Character.isLowerCase(name.charAt(0))) c.labels().add(name);
                for (Node parent : x.parents) {
                    Said p = said.get(parent);
                    if (p != null) c.parents().addAll(p.labels);
                }
            });
        }));
        return new ArrayList<>(byIri.values());
    }

    private static EntityType typeOf(String classIri) {
        try {
            return EntityType.fromClassName(classIri.substring(CKG.NS.length()));
        } catch (IllegalArgumentException notAnEntityClass) {
            return null;
        }
    }
}
