package org.w3id.ckg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.w3id.ckg.model.SourceText;

/**
 * Reads texts from files and directories (recursively, in name order), and hands each one on as a
 * {@link SourceText} or, when it cannot be read, as a {@link Failure} naming the file and the
 * reason. One bad file never stops the others.
 */
public final class TextSource {

    /** A file that could not be read as a text, and why, in words a person can act on. */
    public record Failure(Path path, String reason) {
        @Override public String toString() { return path + ": " + reason; }
    }

    /** Receives each text or failure in turn. */
    public interface Handler {
        void text(SourceText text);
        void failure(Failure failure);
    }

    /** Larger files are refused before they are read: a text is an article, a filing, a newswire file. */
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    private TextSource() {}

    /** Walks {@code paths} and reports every text file found to {@code handler}. */
    public static void read(List<Path> paths, Handler handler) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                handler.failure(new Failure(p, "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                for (Path f : listFiles(p, handler::failure)) readFile(f, handler);
            } else if (!Files.isRegularFile(p)) {
                // a named pipe or a device would block the reader or never end
                handler.failure(new Failure(p, "not a regular file (a pipe, socket or device)"));
            } else {
                readFile(p, handler);
            }
        }
    }

    /** How many bytes the files under {@code paths} hold: what a build's progress counts against. */
    public static long totalBytes(List<Path> paths) {
        long n = 0;
        for (Path p : paths) {
            for (Path f : Files.isDirectory(p) ? listFiles(p, x -> { }) : List.of(p)) {
                try {
                    if (Files.isRegularFile(f)) n += Files.size(f);
                } catch (IOException e) {
                    // unreadable: reading it will say so, the progress only counts it as nothing
                }
            }
        }
        return n;
    }

    /** Every regular file below {@code dir}, in name order; an unreadable folder or a link loop is reported and skipped. */
    private static List<Path> listFiles(Path dir, Consumer<Failure> onError) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, java.util.EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new java.nio.file.SimpleFileVisitor<>() {
                @Override public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                    if (a.isRegularFile() && !f.getFileName().toString().startsWith(".")) files.add(f);
                    else if (a.isSymbolicLink()) onError.accept(new Failure(f, "cannot read: a symbolic link to nothing"));
                    else if (a.isOther()) onError.accept(new Failure(f, "not a regular file (a pipe, socket or device), skipped"));
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
                @Override public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                    onError.accept(new Failure(f, e instanceof java.nio.file.FileSystemLoopException ? "symbolic link loop, skipped"
                            : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "cannot read: " + message(e)));
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            onError.accept(new Failure(dir, "cannot list directory: " + message(e)));
        }
        files.sort(null);
        return files;
    }

    static void readFile(Path f, Handler handler) {
        byte[] bytes;
        try {
            if (Files.size(f) > MAX_BYTES) {
                handler.failure(tooLarge(f));
                return;
            }
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            handler.failure(new Failure(f, "cannot read: " + message(e)));
            return;
        }
        read(f, bytes, handler);
    }

    private static Failure tooLarge(Path f) { return new Failure(f, "larger than " + (MAX_BYTES >> 20) + " MB; split it into texts"); }

    /**
     * The texts in the bytes of one file, named {@code f}, wherever they were read from (a local
     * folder, or a Hadoop file system in the Spark job): the same checks, decoding and splitting.
     */
    public static void read(Path f, byte[] bytes, Handler handler) {
        if (bytes.length > MAX_BYTES) {
            handler.failure(tooLarge(f));
            return;
        }
        String name = f.getFileName().toString();
        if (bytes.length == 0) { handler.failure(new Failure(f, "empty file")); return; }
        if (ReutersSgml.isNewswire(f)) {
            int[] n = {0};
            ReutersSgml.split(f, bytes, t -> { n[0]++; handler.text(t); });
            if (n[0] == 0) handler.failure(new Failure(f, "no <REUTERS> article with a body in this SGML file"));
            return;
        }
        for (int i = 0, n = Math.min(bytes.length, 8192); i < n; i++) {
            if (bytes[i] == 0) { handler.failure(new Failure(f, "binary file (NUL bytes), not a text")); return; }
        }
        String content = decode(bytes);
        if (content == null) {
            handler.failure(new Failure(f, "not UTF-8 and its encoding could not be recognised (convert it to UTF-8)"));
            return;
        }
        if (content.startsWith("\uFEFF")) content = content.substring(1);
        if (content.isBlank()) { handler.failure(new Failure(f, "contains only white space")); return; }
        handler.text(new SourceText(name, f, content, sha256(bytes), formatOf(name, content)));
    }

    /** UTF-8 when the bytes are valid UTF-8; else the encoding juniversalchardet recognises (Latin-1, GB18030, …); else null. */
    static String decode(byte[] bytes) {
        try {
            return strict(java.nio.charset.StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException notUtf8) {
            org.mozilla.universalchardet.UniversalDetector detector = new org.mozilla.universalchardet.UniversalDetector();
            detector.handleData(bytes, 0, bytes.length);
            detector.dataEnd();
            String name = detector.getDetectedCharset();
            if (name == null) return null;
            try {
                return strict(java.nio.charset.Charset.forName(name), bytes);
            } catch (IllegalArgumentException | CharacterCodingException e) {
                return null;
            }
        }
    }

    private static String strict(java.nio.charset.Charset cs, byte[] bytes) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    static SourceText.Format formatOf(String name, String content) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return SourceText.Format.HTML;
        String head = content.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") ? SourceText.Format.HTML : SourceText.Format.PLAIN;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
