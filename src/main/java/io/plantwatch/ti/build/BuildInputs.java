package io.plantwatch.ti.build;

import java.nio.file.Path;
import java.time.Instant;

/** What {@code ti build} reads: the feeds, the package version, its pinned creation time and publisher. */
public record BuildInputs(Path csafDir, Path attackFile, Path ouiDir, Path indicatorsFile, String version,
                          Instant created, String publisher) {
}
