package org.w3id.ckg.model;

import java.util.List;
import java.util.Set;

/** Everything read from one text: the hand-off from extraction to the graph writer. */
public record Extraction(Document document, List<Sentence> sentences, Set<Entity> mentioned,
                         List<Relation> relations, List<Observation> observations) {}
