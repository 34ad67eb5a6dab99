package org.w3id.ckg.extract;

import java.util.List;
import java.util.Map;
import org.w3id.ckg.model.Entity;
import org.w3id.ckg.model.Mention;
import org.w3id.ckg.model.Sentence;

/**
 * A document's mentions after resolution: per sentence, every name, unit and reference with its
 * entity; the text's main company; its topic (a unit its headline names, else the main company); and the parents that units were named with ("Alibaba's cloud
 * business"), each with the sentence that says so.
 */
record Resolved(List<List<Mention>> mentions, Entity main, Entity topic, Map<Entity, Parent> parents) {

    record Parent(Entity parent, Sentence evidence) {}

    List<Mention> in(Sentence s) { return mentions.get(s.index()); }

}
