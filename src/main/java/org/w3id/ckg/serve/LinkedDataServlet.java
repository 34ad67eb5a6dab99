package org.w3id.ckg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.w3id.ckg.export.RioExport;
import org.w3id.ckg.vocab.CKG;

/**
 * Makes the data's IRIs dereferenceable, the way Pubby and LodView do: {@code /id/…},
 * {@code /doc/…} and {@code /obs/…} on this server stand for {@code https://w3id.org/ckg/id/…} and
 * so on, and the RDF it serves names them by their address under the web base ({@code --base},
 * by default this server's own address), so that a client can follow every link. Each answers with a direct 200 in the representation asked for — HTML for a browser,
 * Turtle, JSON-LD, N-Triples or RDF/XML (written with RDF4J Rio) for a machine, by the Accept
 * header or {@code ?format=} — so one IRI serves both without a redirect. Also the home and
 * search pages.
 */
public final class LinkedDataServlet extends HttpServlet {

    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "ttl", RDFFormat.TURTLE, "jsonld", RDFFormat.JSONLD, "nt", RDFFormat.NTRIPLES, "rdf", RDFFormat.RDFXML);

    private final transient Supplier<DatasetGraph> dataset;
    /** Where the data's IRIs live on the web, or null for this server's own address. */
    private final String base;

    public LinkedDataServlet(Supplier<DatasetGraph> dataset, String base) {
        this.dataset = dataset;
        this.base = base == null ? null : base.endsWith("/") ? base : base + "/";
    }

    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Description d = new Description(dataset.get());
        String path = req.getRequestURI();
        try {
            if (path.equals("/home")) { html(resp, 200, HomePage.render(d)); return; }
            if (path.equals("/search")) { html(resp, 200, HomePage.search(d, req.getParameter("q"))); return; }
            String iri = CKG.DATA + path.substring(1);
            if (!d.exists(iri)) { html(resp, 404, Html.page("Not found", "<h1>Not found</h1><p>ckg has nothing about " + Html.esc(iri) + ".</p>")); return; }
            RDFFormat format = negotiate(req);
            resp.setHeader("Vary", "Accept");
            if (format != null) { rdf(resp, rebase(d.rdf(iri), webBase(req)), format); return; }
            String page = path.startsWith("/doc/") ? DocumentPage.render(d, iri) : path.startsWith("/id/") ? EntityPage.render(d, iri) : null;
            html(resp, 200, page != null ? page : TriplesPage.render(d, iri));
        } catch (RuntimeException e) {
            // a person gets a sentence, not a stack trace
            html(resp, 500, Html.page("Error", "<h1>Something went wrong</h1><p>The page could not be made.</p>"));
            log("page for " + path + " failed", e);
        }
    }

    private String webBase(HttpServletRequest req) {
        if (base != null) return base;
        return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + "/";
    }

    /**
     * The description with the data's IRIs moved to the web base, so that every IRI in it resolves
     * where it was served from (Pubby's dataset-to-web IRI mapping).
     */
    static Model rebase(Model m, String webBase) {
        if (webBase.equals(CKG.DATA)) return m;
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(m.getNsPrefixMap());
        m.getGraph().find().forEachRemaining(t -> out.getGraph().add(org.apache.jena.graph.Triple.create(
                move(t.getSubject(), webBase), move(t.getPredicate(), webBase), move(t.getObject(), webBase))));
        return out;
    }

    private static org.apache.jena.graph.Node move(org.apache.jena.graph.Node n, String webBase) {
        if (!n.isURI() || !n.getURI().startsWith(CKG.DATA) || n.getURI().startsWith(CKG.NS)) return n;
        return org.apache.jena.graph.NodeFactory.createURI(webBase + n.getURI().substring(CKG.DATA.length()));
    }

    /** The RDF format asked for, or null for HTML. */
    static RDFFormat negotiate(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) return FORMATS.get(f.toLowerCase(Locale.ROOT));
        String accept = req.getHeader("Accept");
        if (accept == null || accept.contains("text/html") || accept.isBlank()) return null;
        for (RDFFormat rf : FORMATS.values()) {
            for (String mime : rf.getMIMETypes()) if (accept.contains(mime)) return rf;
        }
        return accept.contains("*/*") ? RDFFormat.TURTLE : null;
    }

    private static void rdf(HttpServletResponse resp, Model m, RDFFormat format) throws IOException {
        resp.setStatus(200);
        resp.setContentType(format.getDefaultMIMEType() + (format.hasCharset() ? "; charset=utf-8" : ""));
        try (OutputStream out = resp.getOutputStream()) {
            RioExport.write(m.getGraph(), format, out);
        }
    }

    private static void html(HttpServletResponse resp, int status, String page) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
