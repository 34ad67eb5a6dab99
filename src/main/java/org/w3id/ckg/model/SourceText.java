package org.w3id.ckg.model;

import java.nio.file.Path;

/** A text as read from disk: its identifier (the file name), where it came from, its decoded content and hash. */
public record SourceText(String id, Path path, String content, String contentHash, Format format) {
    public enum Format { PLAIN, HTML }
}
