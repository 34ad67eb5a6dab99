package org.w3id.ckg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What the graph says about one resource, gathered from every graph: its own statements, the
 * statements that point at it, the names of its neighbours, and the provenance of its facts (the
 * reified relations and the figures with their evidence). Every query binds the resource as an
 * IRI parameter; no request text is spliced into a query.
 */
public final class Description {

    /** One row of a query, by variable name (absent variables are missing). */
    public record Row(Map<String, Node> values) {
        public Node get(String var) { return values.get(var); }
        public String str(String var) {
            Node n = values.get(var);
            return n == null ? null : n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }
    }

    static final String PREFIXES = """
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX ckg:  <https://w3id.org/ckg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    private final DatasetGraph dsg;

    public Description(DatasetGraph dsg) { this.dsg = dsg; }

    /** Rows of a query in which ?r is bound to the resource. */
    public List<Row> select(String query, String resource) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(PREFIXES + query);
        if (resource != null) pss.setIri("r", resource);
        return select(pss);
    }

    public List<Row> select(ParameterizedSparqlString pss) {
        List<Row> rows = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(pss.asQuery()).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    Map<String, Node> m = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> m.put(v, s.get(v).asNode()));
                    rows.add(new Row(m));
                });
            }
        });
        return rows;
    }

    public boolean exists(String resource) {
        return !select("SELECT ?p WHERE { GRAPH ?g { { ?r ?p ?o } UNION { ?s ?p ?r } } } LIMIT 1", resource).isEmpty();
    }

    /** The resource's description as RDF: its statements, the ones about it, its neighbours' names, its facts' provenance. */
    public Model rdf(String resource) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(org.w3id.ckg.export.RioExport.PREFIXES);
        Node r = NodeFactory.createURI(resource);
        for (Row row : select("SELECT DISTINCT ?p ?o WHERE { GRAPH ?g { ?r ?p ?o } }", resource)) {
            m.getGraph().add(Triple.create(r, row.get("p"), row.get("o")));
        }
        for (Row row : select("""
                SELECT DISTINCT ?s ?p WHERE { GRAPH ?g { ?s ?p ?r }
                  FILTER(?p NOT IN (rdf:subject, rdf:object, schema:mentions)) }""", resource)) {
            m.getGraph().add(Triple.create(row.get("s"), row.get("p"), r));
        }
        // the provenance of the facts: reified relations and figures with their sentences
        for (Row row : select("""
                SELECT DISTINCT ?a ?p ?o WHERE { GRAPH ?g {
                  { ?a rdf:subject ?r } UNION { ?a rdf:object ?r } UNION { ?a ckg:organization ?r }
                  ?a ?p ?o } }""", resource)) {
            m.getGraph().add(Triple.create(row.get("a"), row.get("p"), row.get("o")));
        }
        List<Node> neighbours = new ArrayList<>();
        m.getGraph().find().forEachRemaining(t -> {
            if (t.getObject().isURI()) neighbours.add(t.getObject());
            if (t.getSubject().isURI()) neighbours.add(t.getSubject());
        });
        for (Row row : labels(neighbours.stream().distinct().toList())) {
            m.getGraph().add(Triple.create(row.get("x"), org.apache.jena.vocabulary.RDFS.label.asNode(), row.get("l")));
        }
        return m;
    }

    /**
     * The entities whose names match words of {@code text} in the label index: the text is escaped for
     * Lucene and bound as a literal. Their types and names: {@link #entities(List)}.
     */
    public List<Node> search(String text, int limit) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(PREFIXES + """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?e WHERE { { ?e text:query (rdfs:label ?q ?n) } UNION { ?e text:query (skos:altLabel ?q ?n) } }""");
        pss.setLiteral("q", org.apache.lucene.queryparser.classic.QueryParser.escape(text.strip()));
        pss.setLiteral("n", limit);
        return select(pss).stream().map(r -> r.get("e")).toList();
    }

    /** Type (a ckg class) and every name of each of these entities. */
    public List<Row> entities(List<Node> resources) {
        if (resources.isEmpty()) return List.of();
        ParameterizedSparqlString pss = new ParameterizedSparqlString(PREFIXES + """
                SELECT DISTINCT ?e ?t ?l WHERE { VALUES (?e) { ?es } GRAPH ?g { ?e a ?t } GRAPH ?g2 { ?e rdfs:label|skos:altLabel ?l }
                  FILTER(STRSTARTS(STR(?t), STR(ckg:))) }""");
        pss.setValues("es", resources.stream().map(n -> (org.apache.jena.rdf.model.RDFNode) ModelFactory.createDefaultModel().createResource(n.getURI())).toList());
        return select(pss);
    }

    /** One preferred name for each of these resources, in one query. */
    public List<Row> labels(List<Node> resources) {
        if (resources.isEmpty()) return List.of();
        ParameterizedSparqlString pss = new ParameterizedSparqlString(PREFIXES
                + "SELECT ?x (SAMPLE(?name) AS ?l) WHERE { VALUES (?x) { ?xs } GRAPH ?g { ?x rdfs:label ?name } } GROUP BY ?x");
        pss.setValues("xs", resources.stream().map(n -> (org.apache.jena.rdf.model.RDFNode) ModelFactory.createDefaultModel().createResource(n.getURI())).toList());
        return select(pss);
    }
}
