package org.w3id.ckg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.w3id.ckg.ingest.DataFiles;

/**
 * What a text's graph was made from: the text's own hash together with a fingerprint of the
 * extractor (its version and every data file it reads). A build skips a text whose stored value
 * is the same, and re-extracts every text when the extractor or its data changed.
 */
public final class Fingerprint {
    private Fingerprint() {}

    private static final String[] INPUTS = {
        "ontology/ckg.ttl", "ontology/metrics.ttl", "data/external/countries.ttl", "data/external/cities.ttl",
        "data/gazetteer/regions.ttl", "data/gazetteer/organizations.ttl", "data/lexicon/boilerplate.txt",
        "data/lexicon/common-words.txt", "data/lexicon/cues.tsv", "data/lexicon/currencies.tsv", "data/lexicon/descriptors.tsv",
        "data/lexicon/events.txt", "data/lexicon/given-names.txt", "data/lexicon/name-cues.tsv", "data/lexicon/named-days.tsv",
        "data/lexicon/not-facts.txt", "data/lexicon/not-names.txt", "data/lexicon/number-words.tsv", "data/lexicon/roles.tsv",
        "data/lexicon/scales.tsv", "data/lexicon/word-classes.tsv"};

    private static final class Extractor {
        static final String HASH = compute();
    }

    private static String compute() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Package p = Fingerprint.class.getPackage();
            md.update(String.valueOf(p == null ? null : p.getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
            // the code itself: the build time of this class file stands for the jar it came in
            var self = Fingerprint.class.getResource("Fingerprint.class");
            if (self != null) md.update(String.valueOf(self.openConnection().getLastModified()).getBytes(StandardCharsets.UTF_8));
            for (String f : INPUTS) {
                try (InputStream in = DataFiles.open(f)) { md.update(in.readAllBytes()); }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value stored as a document's ckg:contentHash. */
    public static String of(String contentHash) { return contentHash + ":" + Extractor.HASH; }
}
