package org.w3id.ckg.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A text made ready for reading: its characters (offsets in evidence refer to these), its date
 * when the text states one, the spans that hold prose (boilerplate is in no span), and the place
 * of its dateline, when it has one.
 */
public record Document(String id, String text, Optional<LocalDate> date, Optional<String> title,
                       List<Span> blocks, String contentHash, Optional<String> place) {

    public Document(String id, String text, Optional<LocalDate> date, Optional<String> title, List<Span> blocks, String contentHash) {
        this(id, text, date, title, blocks, contentHash, Optional.empty());
    }

    /** A run of characters [begin, end) of the text; a heading is a block of its own. */
    public record Span(int begin, int end, boolean heading) {}
}
