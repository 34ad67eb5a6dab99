package org.w3id.ckg.model;

import java.util.List;

/** A concept of the metric scheme as the extractor needs it (read from ontology/metrics.ttl). */
public record Metric(String iri, String name, Kind kind, boolean pointInTime, int trailingMonths, List<String> cues) {
    public enum Kind { MONEY, PERCENT, COUNT }

    public boolean accepts(Quantity q) {
        return switch (kind) {
            case MONEY -> q.isMoney();
            case PERCENT -> q.isPercent();
            case COUNT -> q.isCount();
        };
    }
}
