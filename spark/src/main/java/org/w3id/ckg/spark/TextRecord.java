package org.w3id.ckg.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import org.w3id.ckg.model.SourceText;

/**
 * A text cut from its file, in a form Spark can move between executors: a newswire file holds
 * thousands of texts, so texts, not files, are what the job spreads over its workers.
 */
record TextRecord(String path, String id, String content, String contentHash, SourceText.Format format,
                  LocalDate date, String title, String place) implements Serializable {

    static TextRecord of(SourceText t) {
        return new TextRecord(t.path().toString(), t.id(), t.content(), t.contentHash(), t.format(), t.date(), t.title(), t.place());
    }

    SourceText text() { return new SourceText(id, Path.of(path), content, contentHash, format, date, title, place); }
}
