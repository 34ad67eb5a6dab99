package org.w3id.ckg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * A SPARQL endpoint as a link target: for each entity, one query asks for the resources whose
 * label (any of the configured properties) equals one of the entity's names, case aside. The
 * names are bound as literals of a parameterised query, never spliced into its text.
 */
public final class SparqlTarget implements Target {

    private final String endpoint;
    private final String labelPath;

    public SparqlTarget(String endpoint, List<Property> labelProperties) {
        this.endpoint = endpoint;
        List<String> iris = new ArrayList<>();
        for (Property p : labelProperties) iris.add("<" + p.getURI() + ">");
        this.labelPath = String.join("|", iris);
    }

    @Override public List<Candidate> block(Candidate entity) {
        List<String> names = new ArrayList<>(entity.labels());
        ParameterizedSparqlString q = new ParameterizedSparqlString();
        StringBuilder values = new StringBuilder();
        for (int j = 0; j < names.size(); j++) values.append(" ?n").append(j);
        q.setCommandText("SELECT ?s ?l WHERE { VALUES ?want {" + values + " } ?s " + labelPath + " ?l . FILTER(LCASE(STR(?l)) = ?want) } LIMIT 200");
        for (int j = 0; j < names.size(); j++) q.setLiteral("n" + j, names.get(j).toLowerCase(Locale.ROOT));
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(q.asQuery()).build()) {
            qe.execSelect().forEachRemaining(row ->
                    labels.computeIfAbsent(row.getResource("s").getURI(), k -> new LinkedHashSet<>()).add(row.getLiteral("l").getString()));
        }
        List<Candidate> out = new ArrayList<>();
        labels.forEach((iri, ls) -> out.add(new Candidate(iri, null, ls, Set.of())));
        return out;
    }

    @Override public String name() { return endpoint; }
}
