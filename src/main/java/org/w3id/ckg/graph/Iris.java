package org.w3id.ckg.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.w3id.ckg.ingest.TextSource;
import org.w3id.ckg.vocab.CKG;

/** The IRIs ckg mints for documents, sentences and figures; entities get theirs at resolution. */
public final class Iris {
    private Iris() {}

    /** Where the IRIs of documents, and so of the text graphs, begin. */
    public static final String DOCUMENTS = CKG.DATA + "doc/";

    public static String document(String id) {
        return DOCUMENTS + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String sentence(String docIri, int index) { return docIri + "#s" + index; }

    /** Deterministic, so that building the same text twice gives the same triples. */
    public static String hashed(String kind, String... parts) {
        String h = TextSource.sha256(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return CKG.DATA + kind + "/" + h;
    }
}
