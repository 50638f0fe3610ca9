package io.plantwatch.ti.content;

/** One IEEE assignment: registry (MA-L/MA-M/MA-S), upper-case hex prefix (6/7/9 digits), organisation. */
public record OuiEntry(String registry, String assignment, String organization) {
}
