package io.plantwatch.ti.content;

/** An ATT&CK for ICS tactic ({@code TA0100}..) with its short name, in matrix order. Immutable. */
public record Tactic(String id, String name, String shortName, String url) {
}
