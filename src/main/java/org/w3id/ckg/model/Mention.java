package org.w3id.ckg.model;

/**
 * A stretch [begin, end) of a sentence that stands for an entity: a name, a business unit named
 * by what it does ("its cloud business"), or a reference ("the company", "its"). {@code entity}
 * is filled in by resolution.
 */
public record Mention(String surface, EntityType type, int begin, int end, int sentence, Entity entity, Kind kind) {

    public enum Kind { NAME, UNIT, REFERENCE }

    public Mention(String surface, EntityType type, int begin, int end, int sentence, Entity entity) {
        this(surface, type, begin, end, sentence, entity, Kind.NAME);
    }

    public Mention withEntity(Entity e) { return new Mention(surface, e.type(), begin, end, sentence, e, kind); }

    public boolean overlaps(int from, int to) { return begin < to && from < end; }
}
