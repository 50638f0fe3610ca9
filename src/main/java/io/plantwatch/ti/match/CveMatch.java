package io.plantwatch.ti.match;

/** A CVE that applies to a device, with why: the advisory, its product and affected range. Immutable. */
public record CveMatch(String cve, Double score, String attackVector, String description, String advisory,
                       String product, String range) {
}
