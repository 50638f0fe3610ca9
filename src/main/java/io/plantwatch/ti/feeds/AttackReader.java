package io.plantwatch.ti.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantwatch.ti.content.ProblemLog;
import io.plantwatch.ti.content.Tactic;
import io.plantwatch.ti.content.Technique;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads MITRE ATT&CK for ICS from its STIX 2.0 bundle: techniques ({@code attack-pattern}) and
 * tactics ({@code x-mitre-tactic}, in the matrix's order). Ids come from the external reference
 * whose {@code source_name} is "mitre-attack", wherever it sits in the list; revoked and deprecated
 * techniques are skipped and counted. Not thread-safe (one per build).
 */
public final class AttackReader {
    /** What the bundle gave: tactics in matrix order, active techniques by id, and how many were skipped. */
    public record Attack(List<Tactic> tactics, List<Technique> techniques, int skippedRevokedOrDeprecated) {
        public Attack {
            tactics = List.copyOf(tactics);
            techniques = List.copyOf(techniques);
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final ProblemLog problems;

    public AttackReader(ProblemLog problems) {
        this.problems = problems;
    }

    public Attack read(Path bundle) throws IOException {
        JsonNode root = json.readTree(bundle.toFile());
        if (!"bundle".equals(root.path("type").asText())) {
            throw new IOException(bundle + " is not a STIX bundle (type must be \"bundle\")");
        }
        Map<String, Tactic> tacticsByRef = new HashMap<>();
        Map<String, Tactic> tacticsByShortName = new HashMap<>();
        List<String> matrixOrder = new ArrayList<>();
        for (JsonNode o : root.path("objects")) {
            String type = o.path("type").asText();
            if ("x-mitre-tactic".equals(type)) {
                JsonNode ref = mitreReference(o);
                if (ref == null) {
                    problems.add("attack: tactic without a mitre-attack id", o.path("name").asText());
                    continue;
                }
                Tactic tactic = new Tactic(ref.path("external_id").asText(), o.path("name").asText(),
                        o.path("x_mitre_shortname").asText(), ref.path("url").asText(null));
                tacticsByRef.put(o.path("id").asText(), tactic);
                tacticsByShortName.put(tactic.shortName(), tactic);
            } else if ("x-mitre-matrix".equals(type)) {
                o.path("tactic_refs").forEach(r -> matrixOrder.add(r.asText()));
            }
        }
        List<Tactic> tactics = new ArrayList<>();
        matrixOrder.forEach(ref -> {
            if (tacticsByRef.containsKey(ref)) {
                tactics.add(tacticsByRef.get(ref));
            }
        });
        tacticsByRef.values().stream().filter(t -> !tactics.contains(t))
                .sorted(Comparator.comparing(Tactic::id)).forEach(tactics::add);

        List<Technique> techniques = new ArrayList<>();
        int skipped = 0;
        for (JsonNode o : root.path("objects")) {
            if (!"attack-pattern".equals(o.path("type").asText())) {
                continue;
            }
            if (o.path("revoked").asBoolean(false) || o.path("x_mitre_deprecated").asBoolean(false)) {
                skipped++;
                continue;
            }
            JsonNode ref = mitreReference(o);
            if (ref == null) {
                problems.add("attack: technique without a mitre-attack id", o.path("name").asText());
                continue;
            }
            List<String> tacticIds = new ArrayList<>();
            for (JsonNode phase : o.path("kill_chain_phases")) {
                if (!"mitre-ics-attack".equals(phase.path("kill_chain_name").asText())) {
                    continue;
                }
                Tactic tactic = tacticsByShortName.get(phase.path("phase_name").asText());
                if (tactic == null) {
                    problems.add("attack: technique in an unknown tactic",
                            ref.path("external_id").asText() + ": " + phase.path("phase_name").asText());
                } else {
                    tacticIds.add(tactic.id());
                }
            }
            List<String> platforms = new ArrayList<>();
            o.path("x_mitre_platforms").forEach(p -> platforms.add(p.asText()));
            techniques.add(new Technique(ref.path("external_id").asText(), o.path("name").asText(),
                    ref.path("url").asText(null), tacticIds, platforms, o.path("modified").asText(null)));
        }
        techniques.sort(Comparator.comparing(Technique::id));
        return new Attack(tactics, techniques, skipped);
    }

    private static JsonNode mitreReference(JsonNode object) {
        for (JsonNode ref : object.path("external_references")) {
            if ("mitre-attack".equals(ref.path("source_name").asText()) && ref.hasNonNull("external_id")) {
                return ref;
            }
        }
        return null;
    }
}
