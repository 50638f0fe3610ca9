package io.plantwatch.ti.content;

import java.util.List;

/** An ATT&CK for ICS technique ({@code T0800}..), its tactic ids and platforms. Immutable. */
public record Technique(String id, String name, String url, List<String> tactics, List<String> platforms,
                        String modified) {
    public Technique {
        tactics = List.copyOf(tactics);
        platforms = List.copyOf(platforms);
    }
}
