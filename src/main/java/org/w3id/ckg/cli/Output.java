package org.w3id.ckg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where a command writes its result: standard output, or a file written whole or not at all (a temporary file, then a move). */
final class Output {
    private Output() {}

    interface Writer { void write(OutputStream out) throws IOException; }

    static void to(Path file, Writer writer) throws IOException {
        if (file == null) {
            writer.write(System.out);
            System.out.flush();
            return;
        }
        Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writer.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
