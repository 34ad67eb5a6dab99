package org.w3id.ckg.model;

/** A relation a sentence states between two entities, with how sure the extractor is. */
public record Relation(Entity subject, RelationType type, Entity object, Sentence evidence, double confidence) {}
