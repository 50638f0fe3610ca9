package io.plantwatch.console.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the console's data private to its owner: the directory 700, every file in it 600. The
 * store holds the plant's inventory and the token file grants access to sensors, so other local
 * users must read neither. On file systems without POSIX permissions this does nothing (there the
 * directory's ACLs decide). Stateless.
 */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates {@code directory} (and parents) and makes it owner-only. */
    public static void createDirectory(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                if (posix(directory.getParent() == null ? directory : firstExisting(directory))) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
                } else {
                    Files.createDirectories(directory);
                }
            }
            if (posix(directory)) {
                Files.setPosixFilePermissions(directory, DIRECTORY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Makes every regular file directly inside {@code directory} owner-only. */
    public static void restrictAll(Path directory) {
        if (!posix(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    try {
                        Files.setPosixFilePermissions(file, FILE);
                    } catch (IOException e) {
                        // A file H2 deleted meanwhile (trace, temp): nothing to protect.
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict permissions in " + directory, e);
        }
    }

    /**
     * Replaces {@code target} with {@code content} atomically, through a temporary file that is
     * owner-only from its creation, so the content is never readable by others, not even briefly.
     */
    public static void writeAtomically(Path target, byte[] content) {
        Path directory = target.toAbsolutePath().getParent();
        try {
            Path temporary;
            if (posix(directory)) {
                FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(FILE);
                temporary = Files.createTempFile(directory, ".tmp-", ".part", ownerOnly);
            } else {
                temporary = Files.createTempFile(directory, ".tmp-", ".part");
            }
            try {
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static Path firstExisting(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path.getRoot() : existing;
    }

    private static boolean posix(Path path) {
        return path != null && Files.getFileAttributeView(firstExisting(path),
                java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }
}
