package org.w3id.ckg.link;

import java.util.Set;
import org.w3id.ckg.model.EntityType;

/** Something an entity may be linked to, or an entity to link: its IRI, type (if known), names and parents' names. */
public record Candidate(String iri, EntityType type, Set<String> labels, Set<String> parents) implements java.io.Serializable {

    /** The names and parents of both, as one candidate: what several texts say of one entity. */
    public Candidate merge(Candidate other) {
        Set<String> l = new java.util.LinkedHashSet<>(labels), p = new java.util.LinkedHashSet<>(parents);
        l.addAll(other.labels());
        p.addAll(other.parents());
        return new Candidate(iri, first(type, other.type()), l, p);
    }

    /** Of two types given to one entity by different texts, the one that comes first in {@link EntityType}: the same whatever order they come in. */
    static EntityType first(EntityType a, EntityType b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
