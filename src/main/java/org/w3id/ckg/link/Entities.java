package org.w3id.ckg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.w3id.ckg.model.EntityType;
import org.w3id.ckg.vocab.CKG;

/** The entities of the store's text graphs, with their names, type and parents' names, as link candidates. */
public final class Entities {
    private Entities() {}

    private static final String QUERY = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            SELECT ?e ?type ?name ?parentName WHERE {
              GRAPH ?g { ?e a ?type ; rdfs:label|skos:altLabel ?name .
                         OPTIONAL { ?e org:subOrganizationOf ?p . ?p rdfs:label ?parentName } }
              FILTER(STRSTARTS(STR(?g), "https://w3id.org/ckg/doc/") && STRSTARTS(STR(?type), "https://w3id.org/ckg/ontology#"))
            }""";

    public static List<Candidate> of(Dataset ds) {
        Map<String, Candidate> byIri = new LinkedHashMap<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(QUERY).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    String iri = row.getResource("e").getURI();
                    EntityType type;
                    try {
                        type = EntityType.fromClassName(row.getResource("type").getURI().substring(CKG.NS.length()));
                    } catch (IllegalArgumentException notAType) {
                        return;
                    }
                    Candidate c = byIri.computeIfAbsent(iri, k -> new Candidate(k, type, new LinkedHashSet<>(), new LinkedHashSet<>()));
                    if (Candidate.first(c.type(), type) != c.type()) byIri.put(iri, c = new Candidate(iri, type, c.labels(), c.parents()));
                    // proper names only: "e-commerce business" describes a unit, it does not name it
                    String name = row.getLiteral("name").getString();
                    if (!name.isEmpty() && !Character.isLowerCase(name.charAt(0))) c.labels().add(name);
                    if (row.contains("parentName")) c.parents().add(row.getLiteral("parentName").getString());
                });
            }
        });
        return new ArrayList<>(byIri.values());
    }
}
