package org.w3id.ckg.spark;

import java.io.Serializable;
import java.util.List;
import org.w3id.ckg.link.Candidate;

/**
 * What one text gave on an executor: its graph as N-Quads lines, how many facts (relation
 * assertions and figures) it holds, and its entities as link candidates for the cross-text step;
 * or, for a text or file that gave nothing, the one-line reason.
 */
public record Extracted(String id, List<String> nquads, long facts, List<Candidate> entities, String failure) implements Serializable {

    static Extracted failed(String reason) { return new Extracted(null, List.of(), 0, List.of(), reason); }

    boolean ok() { return failure == null; }
}
