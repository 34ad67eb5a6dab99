package org.w3id.ckg.link;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.w3id.ckg.extract.Names;
import org.w3id.ckg.model.EntityType;

/**
 * Link discovery in the manner of Silk and LIMES: candidates come from blocking on normalised
 * names; each is scored by name similarity (Jaro-Winkler on the normalised names, the best
 * pair, a little less when the names differ by legal-form words), type compatibility (a place
 * is never a company) and context (the parents' names, where both sides give them); the best candidate above {@code threshold} is the same thing
 * (owl:sameAs), one above {@code review} is for a person to check (skos:closeMatch).
 */
public final class Linker {

    /** A link found: accepted ones are owl:sameAs, the others skos:closeMatch. */
    public record Link(String entity, String target, double score, boolean accepted) implements java.io.Serializable {}

    /** What a run found, and how many entity-candidate pairs it compared. */
    public record Result(List<Link> links, long compared) {}

    public static final String METHOD = "blocking on normalised names; Jaro-Winkler on normalised names, type compatibility, parent names";

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private final double threshold;
    private final double review;

    public Linker(double threshold, double review) {
        this.threshold = threshold;
        this.review = review;
    }

    public Result link(List<Candidate> entities, Target target, EntityType onlyType) {
        List<Link> out = new ArrayList<>();
        long compared = 0;
        for (Candidate e : entities) {
            if (onlyType != null && e.type() != onlyType) continue;
            Scored best = null;
            for (Candidate c : target.block(e)) {
                compared++;
                best = better(best, new Scored(c.iri(), score(e, c)));
            }
            Link l = decide(e.iri(), best);
            if (l != null) out.add(l);
        }
        return new Result(out, compared);
    }

    /** A candidate's IRI and score. */
    public record Scored(String iri, double score) implements java.io.Serializable {}

    /**
     * The better of two scored candidates: the higher score, on a tie the smaller IRI, so the
     * choice does not depend on the order candidates come in (a local loop, a Spark shuffle).
     */
    public static Scored better(Scored a, Scored b) {
        if (a == null || a.score() <= 0) return b != null && b.score() > 0 ? b : null;
        if (b == null || b.score() < a.score()) return a;
        return b.score() > a.score() || b.iri().compareTo(a.iri()) < 0 ? b : a;
    }

    /** The link the best candidate makes: owl:sameAs at or above the threshold, for review above the review floor, else none. */
    public Link decide(String entity, Scored best) {
        if (best == null || best.score() < review) return null;
        return new Link(entity, best.iri(), round(best.score()), best.score() >= threshold);
    }

    /** How well a candidate matches an entity, from 0 to 1. */
    public static double score(Candidate e, Candidate c) {
        if (!compatible(e.type(), c.type())) return 0;
        // a company and its group ("China Railway", "China Railway Group Limited") are often two companies of
        // one family: a match across that line is for review
        double sim = 0;
        for (String a : e.labels()) {
            for (String b : c.labels()) {
                double s = JW.apply(Names.key(a), Names.key(b));
                if (family(plain(a)) != family(plain(b))) s -= DESIGNATOR_DOUBT;
                sim = Math.max(sim, s);
            }
        }
        if (!e.parents().isEmpty() && !c.parents().isEmpty()) {
            boolean shared = false;
            for (String a : e.parents()) for (String b : c.parents()) shared |= Names.key(a).equals(Names.key(b));
            sim += shared ? 0.05 : -0.05;
        }
        return Math.max(0, Math.min(1, sim));
    }

    private static final double DESIGNATOR_DOUBT = 0.06;

    /** "Group", "Holdings": the name of a family of companies rather than of one of them. */
    private static boolean family(String plain) { return FAMILY.matcher(plain).find(); }

    private static final java.util.regex.Pattern FAMILY = java.util.regex.Pattern.compile("\\b(group|holdings?)\\b");

    private static String plain(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean compatible(EntityType a, EntityType b) {
        if (a == null || b == null) return true;
        if (a.isOrganization() && b.isOrganization()) return true;
        return a == b;
    }

    private static double round(double d) { return Math.round(d * 1000) / 1000.0; }
}
