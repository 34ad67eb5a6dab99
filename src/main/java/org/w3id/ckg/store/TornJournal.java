package org.w3id.ckg.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Adler32;

/**
 * Opens a TDB2 database whose journal a crash cut in the middle of an entry. TDB2 writes a
 * transaction's entries, then its COMMIT entry, syncs, and only then acknowledges it; so whatever
 * follows the last whole COMMIT belongs to a transaction nobody was told had happened. Jena 6.0.0's
 * recovery stops with "Failed to read the journal entry data" on such a tail instead of dropping it
 * (a server killed during an authorised update showed it); this drops it first, as recovery would.
 */
public final class TornJournal {
    private TornJournal() {}

    /** The journal's layout (Jena's {@code Journal}): length, Adler-32 checksum, entry type, component id; then the data. */
    private static final int HEADER = 4 + 4 + 4 + 16, CRC_AT = 4, COMMIT = 3;

    /**
     * Before TDB2 opens {@code db}: if a crash left a journal with a torn tail, cut it at its last
     * COMMIT. A journal is empty unless a process stopped before writing a transaction back, and
     * one that a live process (this one included) has open is never touched.
     */
    public static void repairIfCrashed(Path db, PrintStream log) {
        for (Path journal : journals(db)) {
            try {
                if (Files.size(journal) == 0 || inUse(db) || inUse(journal.getParent())) continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long dropped = repair(journal);
            if (dropped > 0) log.printf("ckg: %s: dropped %d bytes of a transaction a crash left unfinished (it was never acknowledged)%n", journal, dropped);
        }
    }

    /** Whether the folder's TDB2 lock is held by this process or by another one still running. */
    private static boolean inUse(Path dir) throws IOException {
        Path lock = dir.resolve("tdb.lock");
        if (!Files.exists(lock)) return false;
        if (org.apache.jena.dboe.base.file.ProcessFileLock.create(lock.toString()).isLockedHere()) return true;
        String pid = Files.readString(lock).strip();
        if (!pid.matches("\\d+")) return false;
        long holder = Long.parseLong(pid);
        return holder != ProcessHandle.current().pid() && ProcessHandle.of(holder).map(ProcessHandle::isAlive).orElse(false);
    }

    private static List<Path> journals(Path db) {
        try (Stream<Path> s = Files.walk(db, 2)) {
            return s.filter(p -> p.getFileName().toString().equals("journal.jrnl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Cuts the journal after its last whole COMMIT entry when an entry after it is torn or fails its
     * checksum; returns how many bytes were dropped (0 when every entry is whole).
     */
    static long repair(Path journal) {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size(), at = 0, lastCommitEnd = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (at < size) {
                header.clear();
                if (ch.read(header, at) != HEADER) break;
                header.flip();
                int len = header.getInt(0), crc = header.getInt(CRC_AT), type = header.getInt(8);
                if (len > size - at - HEADER) break;
                Adler32 adler = new Adler32();
                header.putInt(CRC_AT, 0);
                adler.update(header.array());
                if (len > 0) {
                    ByteBuffer data = ByteBuffer.allocate(len);
                    if (ch.read(data, at + HEADER) != len) break;
                    data.flip();
                    adler.update(data);
                }
                if ((int) adler.getValue() != crc) break;
                at += HEADER + Math.max(0, len);
                if (type == COMMIT) lastCommitEnd = at;
            }
            if (at >= size) return 0;
            ch.truncate(lastCommitEnd);
            ch.force(true);
            return size - lastCommitEnd;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair " + journal, e);
        }
    }
}
