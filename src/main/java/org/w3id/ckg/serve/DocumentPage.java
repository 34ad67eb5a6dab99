package org.w3id.ckg.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** The page of a text: its words with every sentence that gave a fact highlighted (and anchored), and the list of its facts. */
final class DocumentPage {
    private DocumentPage() {}

    static String render(Description d, String iri) {
        List<Description.Row> head = d.select("""
                SELECT ?text ?id ?date ?title WHERE { GRAPH ?r { ?r ckg:text ?text ; dcterms:identifier ?id .
                  OPTIONAL { ?r dcterms:date ?date } OPTIONAL { ?r dcterms:title ?title } } } LIMIT 1""", iri);
        if (head.isEmpty()) return null;
        Description.Row h = head.get(0);
        String text = h.str("text");
        List<Description.Row> sentences = d.select("""
                SELECT ?s ?b ?e WHERE { GRAPH ?r { ?s a ckg:Sentence ; ckg:beginIndex ?b ; ckg:endIndex ?e } } ORDER BY ?b""", iri);
        StringBuilder shown = new StringBuilder();
        int pos = 0;
        for (Description.Row s : sentences) {
            int b = Integer.parseInt(s.str("b")), e = Integer.parseInt(s.str("e"));
            if (b < pos || e > text.length()) continue;
            String anchor = s.str("s").substring(s.str("s").indexOf('#') + 1);
            shown.append(Html.esc(text.substring(pos, b))).append("<mark id=\"").append(Html.esc(anchor)).append("\">")
                    .append(Html.esc(text.substring(b, e))).append("</mark>");
            pos = e;
        }
        shown.append(Html.esc(text.substring(pos)));
        List<Description.Row> relations = d.select("""
                SELECT ?s ?p ?o ?sentence WHERE { GRAPH ?r { ?a a ckg:RelationAssertion ; rdf:subject ?s ; rdf:predicate ?p ;
                  rdf:object ?o ; ckg:evidence ?sentence } } ORDER BY ?sentence""", iri);
        List<Description.Row> figures = d.select("""
                SELECT ?org ?metric ?value ?unit ?end ?sentence WHERE { GRAPH ?r { ?ob ckg:organization ?org ; ckg:metric ?metric ;
                  ckg:value ?value ; ckg:unit ?unit ; ckg:evidence ?sentence . OPTIONAL { ?ob ckg:periodEnd ?end } } } ORDER BY ?sentence""", iri);
        List<Node> nodes = new ArrayList<>();
        relations.forEach(r -> { nodes.add(r.get("s")); nodes.add(r.get("o")); });
        figures.forEach(f -> nodes.add(f.get("org")));
        Map<String, String> labels = new HashMap<>();
        for (Description.Row r : d.labels(nodes.stream().distinct().toList())) labels.put(r.str("x"), r.str("l"));

        StringBuilder b = new StringBuilder();
        String title = h.str("title") != null ? h.str("title") : h.str("id");
        b.append("<h1>").append(Html.esc(title)).append("</h1><p class=\"type\">Document ").append(Html.esc(h.str("id")))
                .append(h.str("date") == null ? "" : " · " + Html.esc(h.str("date"))).append("</p>");
        b.append("<h2>Facts</h2><ul>");
        for (Description.Row r : relations) {
            b.append("<li>").append(Html.link(r.str("s"), labels.get(r.str("s")))).append(' ')
                    .append(Html.esc(r.str("p").replaceAll("^.*[#/]", ""))).append(' ').append(Html.link(r.str("o"), labels.get(r.str("o"))))
                    .append(" <a class=\"src\" href=\"").append(Html.esc(Html.href(r.str("sentence")))).append("\">sentence</a></li>");
        }
        for (Description.Row f : figures) {
            b.append("<li>").append(Html.link(f.str("org"), labels.get(f.str("org")))).append(' ')
                    .append(Html.esc(f.str("metric").replaceAll("^.*#", ""))).append(' ').append(Html.esc(Svg.compact(Double.parseDouble(f.str("value")))))
                    .append(' ').append(Html.esc(f.str("unit"))).append(f.str("end") == null ? "" : " (" + Html.esc(f.str("end")) + ")")
                    .append(" <a class=\"src\" href=\"").append(Html.esc(Html.href(f.str("sentence")))).append("\">sentence</a></li>");
        }
        b.append("</ul><h2>Text</h2><div class=\"text\">").append(shown).append("</div>");
        return Html.page(title, b.toString());
    }
}
