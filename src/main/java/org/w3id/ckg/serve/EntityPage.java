package org.w3id.ckg.serve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.w3id.ckg.vocab.CKG;

/**
 * The page of an entity: its names and type, its relations both ways (each with a link to the
 * sentence that states it), its links to other datasets, its figures in a table, and a chart of
 * each metric over time.
 */
final class EntityPage {
    private EntityPage() {}

    private static final String ORG = "http://www.w3.org/ns/org#";
    /** How a relation reads from its subject's page and from its object's page. */
    private static final Map<String, String[]> SECTIONS = new LinkedHashMap<>();
    static {
        SECTIONS.put(ORG + "subOrganizationOf", new String[] {"Part of", "Units and subsidiaries"});
        SECTIONS.put(CKG.hasCustomer.getURI(), new String[] {"Customers", "Supplier to"});
        SECTIONS.put(CKG.offersProduct.getURI(), new String[] {"Products", "Offered by"});
        SECTIONS.put(CKG.operatesIn.getURI(), new String[] {"Operates in", "Companies operating here"});
        SECTIONS.put(CKG.dataCenterIn.getURI(), new String[] {"Data centres in", "Companies with data centres here"});
        SECTIONS.put(CKG.ceoOf.getURI(), new String[] {"Chief executive of", "People: chief executive"});
        SECTIONS.put(CKG.acquired.getURI(), new String[] {"Acquired", "Acquired by"});
        SECTIONS.put(CKG.investedIn.getURI(), new String[] {"Invested in", "Investors"});
        SECTIONS.put(CKG.finedBy.getURI(), new String[] {"Fined by", "Fined"});
    }

    static String render(Description d, String iri) {
        List<Description.Row> about = d.select("""
                SELECT DISTINCT ?p ?o WHERE { GRAPH ?g { ?r ?p ?o } FILTER(?p IN (rdf:type, rdfs:label, skos:altLabel,
                  <http://www.w3.org/2002/07/owl#sameAs>, skos:closeMatch, ckg:iso3166alpha2)) }""", iri);
        String label = null, type = null;
        Set<String> names = new LinkedHashSet<>(), links = new LinkedHashSet<>();
        for (Description.Row r : about) {
            String p = r.str("p");
            if (p.endsWith("#label") && label == null) label = r.str("o");
            else if (p.endsWith("#label") || p.endsWith("#altLabel")) names.add(r.str("o"));
            else if (p.endsWith("#type") && r.str("o").startsWith(CKG.NS) && type == null) type = r.str("o").substring(CKG.NS.length());
            else if (p.endsWith("#sameAs") || p.endsWith("#closeMatch")) links.add(r.str("o") + (p.endsWith("#closeMatch") ? " (close match, for review)" : ""));
            else if (p.endsWith("iso3166alpha2")) links.add("ISO 3166-1 " + r.str("o"));
        }
        if (label == null) label = iri;
        names.remove(label);
        List<Description.Row> facts = d.select("""
                SELECT DISTINCT ?s ?p ?o ?sentence WHERE { GRAPH ?doc {
                  ?a a ckg:RelationAssertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ckg:evidence ?sentence .
                  FILTER(?s = ?r || ?o = ?r) } }""", iri);
        List<Description.Row> figures = d.select("""
                SELECT ?metric ?value ?unit ?start ?end ?src ?sentence WHERE { GRAPH ?doc {
                  ?ob ckg:organization ?r ; ckg:metric ?metric ; ckg:value ?value ; ckg:unit ?unit ; ckg:sourceText ?src ; ckg:evidence ?sentence .
                  OPTIONAL { ?ob ckg:periodStart ?start } OPTIONAL { ?ob ckg:periodEnd ?end } } }
                ORDER BY ?metric ?end ?unit""", iri);
        Map<String, String> labels = labels(d, facts);

        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(label)).append("</h1><p class=\"type\">").append(Html.esc(type == null ? "" : type))
                .append(names.isEmpty() ? "" : " · also " + Html.esc(String.join(", ", names))).append("</p>");
        b.append("<p class=\"src\">").append(Html.esc(iri)).append(" · <a href=\"").append(Html.esc(Html.href(iri))).append("?format=ttl\">Turtle</a></p>");
        for (Map.Entry<String, String[]> section : SECTIONS.entrySet()) {
            for (int dir = 0; dir < 2; dir++) {
                // one line a related entity, with a link to each sentence that says so
                Map<String, Set<String>> sources = new LinkedHashMap<>();
                for (Description.Row f : facts) {
                    if (!f.str("p").equals(section.getKey())) continue;
                    String other = dir == 0 ? f.str("o") : f.str("s");
                    String self = dir == 0 ? f.str("s") : f.str("o");
                    if (self.equals(iri)) sources.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(f.str("sentence"));
                }
                StringBuilder items = new StringBuilder();
                for (Map.Entry<String, Set<String>> o : sources.entrySet()) {
                    items.append("<li>").append(Html.link(o.getKey(), labels.get(o.getKey())));
                    int n = 0;
                    for (String sentence : o.getValue()) {
                        items.append(" <a class=\"src\" href=\"").append(Html.esc(Html.href(sentence))).append("\">source")
                                .append(o.getValue().size() > 1 ? " " + (++n) : "").append("</a>");
                    }
                    items.append("</li>");
                }
                if (!items.isEmpty()) b.append("<h2>").append(section.getValue()[dir]).append("</h2><ul>").append(items).append("</ul>");
            }
        }
        if (!links.isEmpty()) {
            b.append("<h2>Elsewhere</h2><ul>");
            for (String l : links) b.append("<li>").append(l.startsWith("http") ? Html.link(l.split(" ")[0], l) : Html.esc(l)).append("</li>");
            b.append("</ul>");
        }
        if (!figures.isEmpty()) b.append(figures(figures));
        return Html.page(label, b.toString());
    }

    private static String figures(List<Description.Row> figures) {
        StringBuilder b = new StringBuilder("<h2>Figures</h2><div>");
        Map<String, List<Svg.Point>> series = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder("<table><tr><th>metric</th><th>value</th><th>period</th><th>as the text says</th><th></th></tr>");
        for (Description.Row f : figures) {
            String metric = f.str("metric").substring(f.str("metric").lastIndexOf('#') + 1);
            BigDecimal v = new BigDecimal(f.str("value"));
            String period = (f.str("start") == null ? "" : f.str("start") + " – ") + (f.str("end") == null ? "" : f.str("end"));
            table.append("<tr><td>").append(Html.esc(metric)).append("</td><td>").append(Html.esc(Svg.compact(v.doubleValue()))).append(' ')
                    .append(Html.esc(f.str("unit"))).append("</td><td>").append(Html.esc(period)).append("</td><td>")
                    .append(Html.esc(f.str("src"))).append("</td><td><a class=\"src\" href=\"").append(Html.esc(Html.href(f.str("sentence"))))
                    .append("\">source</a></td></tr>");
            if (f.str("end") != null) series.computeIfAbsent(metric + "|" + f.str("unit"), k -> new ArrayList<>()).add(new Svg.Point(f.str("end"), v));
        }
        for (Map.Entry<String, List<Svg.Point>> s : series.entrySet()) {
            String[] mu = s.getKey().split("\\|");
            b.append(Svg.chart(mu[0], mu[1], s.getValue()));
        }
        return b.append("</div>").append(table).append("</table>").toString();
    }

    private static Map<String, String> labels(Description d, List<Description.Row> facts) {
        List<Node> nodes = new ArrayList<>();
        for (Description.Row f : facts) { nodes.add(f.get("s")); nodes.add(f.get("o")); }
        Map<String, String> out = new HashMap<>();
        for (Description.Row r : d.labels(nodes.stream().distinct().toList())) out.put(r.str("x"), r.str("l"));
        return out;
    }
}
