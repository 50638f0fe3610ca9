package io.plantwatch.ui.dashboard;

/** One slice or bar of a dashboard chart: its label and how many. Immutable. */
public record Slice(String label, long count) {
}
