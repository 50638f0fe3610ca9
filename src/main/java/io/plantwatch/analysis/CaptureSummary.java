package io.plantwatch.analysis;

import io.plantwatch.capture.CaptureProblem;

import java.util.List;

/**
 * What was read: files, frames, bytes on the wire, time span, link types, and damage.
 *
 * @param firstSeen epoch nanoseconds of the earliest frame (0 when none)
 * @param filesRead files that could be opened (the others are in problems)
 * @param malformed damaged records plus frames in which some layer could not be decoded
 */
public record CaptureSummary(List<String> files, int filesRead, long packets, long bytes, long firstSeen, long lastSeen,
                             List<String> linkTypes, long malformed, List<CaptureProblem> problems) {
}
