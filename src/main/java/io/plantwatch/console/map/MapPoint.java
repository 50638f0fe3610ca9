package io.plantwatch.console.map;

/** A position in map coordinates (not screen pixels). Immutable. */
public record MapPoint(double x, double y) {
}
