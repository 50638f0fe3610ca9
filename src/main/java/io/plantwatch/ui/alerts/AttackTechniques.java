package io.plantwatch.ui.alerts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Names and tactics of the ATT&CK for ICS techniques, from the bundled table
 * {@code attack-ics-techniques.tsv} (made from ATT&CK for ICS v18.1, the bundle in
 * {@code ../shared/ti-sources/attack/}), so an alert's technique ids read as what they mean.
 * Loaded once; immutable and thread-safe.
 */
public final class AttackTechniques {
    /** One technique: its id, name and tactics (comma-separated ATT&CK phase names). */
    public record Technique(String id, String name, String tactics) {
        /** "T0843 Program Download (lateral-movement)"; the bare id when the table does not know it. */
        public String label() {
            return name == null ? id : id + " " + name + (tactics.isEmpty() ? "" : " (" + tactics + ")");
        }
    }

    private static final class Standard {
        static final AttackTechniques TABLE = load();
    }

    private final Map<String, Technique> byId;

    private AttackTechniques(Map<String, Technique> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static AttackTechniques standard() {
        return Standard.TABLE;
    }

    /** The technique with this id; an unknown id (a newer ATT&CK, a typo) comes back with no name. */
    public Technique of(String id) {
        Technique known = byId.get(id);
        return known != null ? known : new Technique(id, null, "");
    }

    public int size() {
        return byId.size();
    }

    private static AttackTechniques load() {
        Map<String, Technique> techniques = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(AttackTechniques.class.getResourceAsStream(
                "attack-ics-techniques.tsv"), "bundled ATT&CK table missing");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                techniques.put(parts[0], new Technique(parts[0], parts[1], parts.length > 2 ? parts[2] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled ATT&CK table", e);
        }
        return new AttackTechniques(techniques);
    }
}
