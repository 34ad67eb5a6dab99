package org.w3id.ckg.link;

import java.util.List;

/**
 * A dataset entities are linked to. Blocking: only the records that share a normalised name
 * with an entity are ever compared with it, so linking never compares all pairs.
 */
public interface Target {

    /** The records of the target that share a name key with the entity. */
    List<Candidate> block(Candidate entity);

    /** A name for the link graph and the provenance: a file name or an endpoint URL. */
    String name();
}
