package org.w3id.ckg.link;

import java.util.Set;
import org.w3id.ckg.model.EntityType;

/** Something an entity may be linked to, or an entity to link: its IRI, type (if known), names and parents' names. */
public record Candidate(String iri, EntityType type, Set<String> labels, Set<String> parents) {}
