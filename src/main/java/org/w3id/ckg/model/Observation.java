package org.w3id.ckg.model;

/** A figure about an entity: what it measures, how much, over which period, and from which sentence. */
public record Observation(Entity organization, Metric metric, Quantity quantity, Period period,
                          Sentence evidence, double confidence) {}
