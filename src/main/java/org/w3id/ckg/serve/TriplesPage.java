package org.w3id.ckg.serve;

/** Any other resource (a figure, a link, a relation assertion): its statements as a table. */
final class TriplesPage {
    private TriplesPage() {}

    static String render(Description d, String iri) {
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(iri.replaceAll("^.*/", ""))).append("</h1><p class=\"src\">")
                .append(Html.esc(iri)).append("</p><table>");
        for (Description.Row r : d.select("SELECT DISTINCT ?p ?o WHERE { GRAPH ?g { ?r ?p ?o } } ORDER BY ?p", iri)) {
            String o = r.str("o");
            b.append("<tr><td>").append(Html.esc(r.str("p").replaceAll("^.*[#/]", ""))).append("</td><td>")
                    .append(r.get("o").isURI() ? Html.link(o, o) : Html.esc(o)).append("</td></tr>");
        }
        return Html.page(iri, b.append("</table>").toString());
    }
}
