package io.plantwatch.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The console's AppCDS archives in one directory: named after what they fit, dumped under a
 * temporary name and moved into place only when the dumping JVM exited normally, the oldest
 * removed. A failure here never stops the console: the worst case is a launch without an archive.
 * Stateless; safe for concurrent launches (each dumps to a name of its own; the move is atomic).
 */
final class CdsArchive {
    private static final String PREFIX = "plantwatch-";
    private static final String SUFFIX = ".jsa";
    /** Archives kept in the directory (the newest), so two installed jars do not evict each other. */
    private static final int KEEP = 3;

    private CdsArchive() {
    }

    /**
     * The archive for a jar as it is now and a JVM: its size and time in the name, with a checksum
     * of its path and the JVM, so a rebuilt or moved jar, or another JVM, never maps a stale one.
     * Null when {@code directory} is null.
     */
    static Path forJar(Path jar, long size, long modifiedMillis, String jvmIdentity, Path directory) {
        if (directory == null) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(jar.toAbsolutePath().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        crc.update('|');
        crc.update(jvmIdentity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return directory.resolve(new StringBuilder(PREFIX).append(size).append('-').append(modifiedMillis)
                .append('-').append(Long.toHexString(crc.getValue())).append(SUFFIX).toString());
    }

    /**
     * {@code directory}, made if missing, when this process can write there; else null. (A JVM
     * that cannot write its archive at exit fails with exit code 1: the directory must be usable.)
     */
    static Path writableDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
            return Files.isDirectory(directory) && Files.isWritable(directory) ? directory : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Where this process's child dumps {@code archive}: a name no other launch uses. */
    static Path inProgress(Path archive) {
        return archive.resolveSibling(new StringBuilder().append(archive.getFileName()).append('.')
                .append(ProcessHandle.current().pid()).append(".tmp").toString());
    }

    /**
     * After the child exited: a dump from a normal exit becomes the archive (and older ones go);
     * any other is deleted. Never throws.
     */
    static void finish(RelaunchPlan plan, int exitCode) {
        Path dumped = plan.archiveInProgress();
        if (dumped == null) {
            return;
        }
        try {
            if (exitCode == 0 && Files.isRegularFile(dumped) && Files.size(dumped) > 0) {
                Files.move(dumped, plan.archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                prune(plan.archive().getParent());
            }
        } catch (IOException | RuntimeException e) {
            // No archive this time; the next launch dumps again.
        } finally {
            try {
                Files.deleteIfExists(dumped);
            } catch (IOException e) {
                // left behind: a later prune removes it
            }
        }
    }

    /** Keeps the {@value #KEEP} newest archives; removes dumps left behind by a launch that was killed. */
    static void prune(Path directory) throws IOException {
        List<Path> archives = new ArrayList<>();
        long dayAgo = System.currentTimeMillis() - 86_400_000L;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.startsWith(PREFIX)) {
                    continue;
                }
                if (name.endsWith(SUFFIX)) {
                    archives.add(file);
                } else if (name.endsWith(".tmp") && Files.getLastModifiedTime(file).toMillis() < dayAgo) {
                    Files.deleteIfExists(file);
                }
            }
        }
        // Newest first, by modification time; no lambda here (see Main).
        archives.sort(new java.util.Comparator<Path>() {
            @Override
            public int compare(Path a, Path b) {
                return modified(b).compareTo(modified(a));
            }
        });
        for (int i = KEEP; i < archives.size(); i++) {
            Files.deleteIfExists(archives.get(i));
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
