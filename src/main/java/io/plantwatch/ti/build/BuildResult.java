package io.plantwatch.ti.build;

import io.plantwatch.ti.content.ProblemLog;
import io.plantwatch.ti.format.Manifest;

import java.util.List;

/** A built package: its bytes, manifest, and what the feeds held that could not be used. Immutable. */
public record BuildResult(byte[] zip, Manifest manifest, List<ProblemLog.Problem> problems) {
    public BuildResult {
        problems = List.copyOf(problems);
    }
}
