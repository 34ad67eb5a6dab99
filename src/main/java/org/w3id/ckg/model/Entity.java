package org.w3id.ckg.model;

import java.util.Set;

/**
 * An entity with its one IRI across all texts, its type, preferred name and the other names
 * seen for it.
 */
public record Entity(String iri, EntityType type, String label, Set<String> altLabels) {}
