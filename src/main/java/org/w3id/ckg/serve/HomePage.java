package org.w3id.ckg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.w3id.ckg.ingest.DataFiles;

/** The home page (search, counts, example queries) and the search results, over the jena-text index. */
final class HomePage {
    private HomePage() {}

    static final List<String> EXAMPLES = List.of("subsidiaries", "customers", "metric-timeseries", "facts-of-text", "companies-in-country");

    static String render(Description d) {
        StringBuilder b = new StringBuilder("<h1>ckg</h1><p>A company knowledge graph built from text.</p>");
        b.append(searchForm(""));
        b.append("<h2>In the graph</h2><table>");
        for (Description.Row r : d.select("""
                SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?type }
                  FILTER(?type IN (ckg:Document, ckg:Company, ckg:GovernmentBody, ckg:Organization, ckg:Person, ckg:Place, ckg:Product, ckg:MetricObservation)) }
                GROUP BY ?type ORDER BY DESC(?n)""", null)) {
            b.append("<tr><td>").append(Html.esc(r.str("type").replaceAll("^.*#", ""))).append("</td><td>").append(Html.esc(r.str("n"))).append("</td></tr>");
        }
        b.append("</table><h2>Example queries</h2><ul>");
        for (String q : EXAMPLES) {
            String text = DataFiles.text("queries/" + q + ".rq");
            String enc = URLEncoder.encode(text, StandardCharsets.UTF_8);
            b.append("<li>").append(Html.esc(q)).append(": <a href=\"/#/dataset/ckg/query?query=").append(Html.esc(enc))
                    .append("\">open in the query UI</a> · <a href=\"/ckg/sparql?format=json&amp;query=").append(Html.esc(enc)).append("\">results</a></li>");
        }
        return Html.page("ckg", b.append("</ul>").toString());
    }

    static String searchForm(String q) {
        return "<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" value=\"" + Html.esc(q)
                + "\" placeholder=\"a company, a person, a place\" aria-label=\"search\"> <button type=\"submit\">Search</button></form>";
    }

    static String search(Description d, String q) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>").append(searchForm(q == null ? "" : q));
        if (q == null || q.isBlank()) return Html.page("Search", b.toString());
        // one line an entity, however many names and graphs it has
        java.util.Map<String, Description.Row> byEntity = new java.util.TreeMap<>();
        for (Description.Row r : d.entities(d.search(q, 30))) byEntity.putIfAbsent(r.str("e"), r);
        List<Description.Row> rows = byEntity.values().stream().sorted(java.util.Comparator.comparing((Description.Row r) -> r.str("l"))).toList();
        b.append("<ul>");
        for (Description.Row r : rows) {
            b.append("<li>").append(Html.link(r.str("e"), r.str("l"))).append(" <span class=\"type\">")
                    .append(Html.esc(r.str("t").replaceAll("^.*#", ""))).append("</span></li>");
        }
        if (rows.isEmpty()) b.append("<li>Nothing found.</li>");
        return Html.page("Search: " + q, b.append("</ul>").toString());
    }
}
