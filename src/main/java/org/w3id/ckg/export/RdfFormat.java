package org.w3id.ckg.export;

import org.eclipse.rdf4j.rio.RDFFormat;

/** The formats ckg writes, each with its RDF4J Rio format. */
public enum RdfFormat {
    turtle(RDFFormat.TURTLE, false), trig(RDFFormat.TRIG, true), nquads(RDFFormat.NQUADS, true),
    ntriples(RDFFormat.NTRIPLES, false), jsonld(RDFFormat.JSONLD, true), rdfxml(RDFFormat.RDFXML, false);

    private final RDFFormat rio;
    private final boolean quads;

    RdfFormat(RDFFormat rio, boolean quads) { this.rio = rio; this.quads = quads; }

    public RDFFormat rio() { return rio; }

    /** Whether the format keeps named graphs; the others get the union of all graphs. */
    public boolean keepsGraphs() { return quads; }
}
