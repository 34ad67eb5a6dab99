package org.w3id.ckg.model;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A text as read from disk: its identifier (the file name, or the article id in a newswire
 * file), where it came from, its decoded content and hash, and the date, title and dateline place
 * its container gave it, when it gave one (null otherwise).
 */
public record SourceText(String id, Path path, String content, String contentHash, Format format, LocalDate date, String title, String place) {

    /** PLAIN and HTML are files; NEWSWIRE is one article cut from a newswire file, already in paragraphs. */
    public enum Format { PLAIN, HTML, NEWSWIRE }

    public SourceText(String id, Path path, String content, String contentHash, Format format) {
        this(id, path, content, contentHash, format, null, null, null);
    }
}
