package org.w3id.ckg.serve;

import org.jsoup.nodes.Entities;
import org.w3id.ckg.vocab.CKG;

/** The page frame and the escaping every page goes through: text is escaped, IRIs become local links. */
final class Html {
    private Html() {}

    static String esc(String s) { return s == null ? "" : Entities.escape(s); }

    /** A data IRI's path on this server ("/id/org/alibaba"), or the IRI itself for the rest of the web. */
    static String href(String iri) {
        return iri.startsWith(CKG.DATA) ? "/" + iri.substring(CKG.DATA.length()) : iri;
    }

    static String link(String iri, String label) {
        return "<a href=\"" + esc(href(iri)) + "\">" + esc(label == null ? iri : label) + "</a>";
    }

    static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s — ckg</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>
                body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111}
                header{display:flex;gap:1rem;align-items:baseline;border-bottom:1px solid #ddd;margin-bottom:1rem}
                header a{color:#333} table{border-collapse:collapse} td,th{border-bottom:1px solid #eee;padding:.2rem .6rem;text-align:left}
                mark{background:#fef08a} mark:target{background:#fb923c} .type{color:#666} .src{font-size:.85em}
                .text{white-space:pre-wrap;line-height:1.5;border:1px solid #eee;padding:.6rem} .chart{margin:.5rem 1rem .5rem 0}
                </style></head><body>
                <header><a href="/home"><b>ckg</b></a><a href="/search">search</a><a href="/#/dataset/ckg/query">SPARQL query UI</a>
                <a href="/ckg/sparql">SPARQL endpoint</a></header>
                %s
                </body></html>
                """.formatted(esc(title), body);
    }
}
