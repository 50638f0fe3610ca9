package io.plantwatch.inventory.classify;

import io.plantwatch.decode.MacAddress;
import io.plantwatch.inventory.Classification;
import io.plantwatch.inventory.DeviceClassifier;
import io.plantwatch.inventory.DeviceProfile;
import io.plantwatch.inventory.oui.BuiltInOuiTable;
import io.plantwatch.inventory.oui.OuiTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Device type (a Defender for IoT type name) and Purdue level by weighing evidence: a type the
 * wire states outright wins; otherwise every rule of {@link DeviceTypeRules} that holds adds its
 * weight to its type (protocol roles weigh most, then models, open ports, vendors, names), and the
 * heaviest type wins, earlier rules first on a tie. The evidence lists what decided, and the
 * vendor comes from the MAC prefix. Immutable and thread-safe.
 */
public final class StandardClassifier implements DeviceClassifier {
    /** The shipped rules and OUI table, read once: both are immutable data. */
    private static final class Defaults {
        static final DeviceTypeRules RULES = DeviceTypeRules.standard();
        static final OuiTable OUI = BuiltInOuiTable.load();
    }

    /** Why a rule counted, and how much. */
    private record Reason(int weight, String text) {
    }

    private static final Comparator<Reason> STRONGEST_FIRST = Comparator.comparingInt(Reason::weight).reversed();

    private final DeviceTypeRules rules;
    private final OuiTable oui;

    /** The shipped rules and the built-in vendor table. */
    public StandardClassifier() {
        this(Defaults.RULES, Defaults.OUI);
    }

    /** The shipped rules with another vendor table (a TI package's IEEE registry). */
    public StandardClassifier(OuiTable oui) {
        this(Defaults.RULES, oui);
    }

    public StandardClassifier(DeviceTypeRules rules, OuiTable oui) {
        this.rules = rules;
        this.oui = oui;
    }

    @Override
    public Classification classify(DeviceProfile profile) {
        String vendor = null;
        List<String> evidence = new ArrayList<>();
        if (!profile.macs().isEmpty() && profile.macs().get(0) != null) {
            long mac = profile.macs().get(0);
            vendor = oui.vendorOf(mac);
            if (vendor != null) {
                evidence.add("vendor " + vendor + " from MAC prefix " + MacAddress.toString(mac).substring(0, 8));
            }
        }
        ProfileFacts facts = new ProfileFacts(profile, vendor);
        List<String> stated = profile.identities().getOrDefault("DEVICE_TYPE", List.of());
        if (!stated.isEmpty()) {
            String type = stated.get(0);
            evidence.add(0, "type stated on the wire: " + type);
            return result(type, vendor, evidence);
        }
        Map<String, int[]> scores = new LinkedHashMap<>();
        Map<String, List<Reason>> reasons = new LinkedHashMap<>();
        for (TypeRule rule : rules.rules()) {
            String why = rule.apply(facts);
            if (why != null) {
                scores.computeIfAbsent(rule.type(), t -> new int[1])[0] += rule.weight();
                reasons.computeIfAbsent(rule.type(), t -> new ArrayList<>()).add(new Reason(rule.weight(), why));
            }
        }
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, int[]> e : scores.entrySet()) {
            if (e.getValue()[0] > bestScore) {
                best = e.getKey();
                bestScore = e.getValue()[0];
            }
        }
        if (best == null) {
            return new Classification(Classification.UNKNOWN, null, vendor, evidence);
        }
        List<String> decided = new ArrayList<>();
        reasons.get(best).stream().sorted(STRONGEST_FIRST)
                .forEach(r -> decided.add(r.text() + " (" + r.weight() + ")"));
        decided.addAll(evidence);
        return result(best, vendor, decided);
    }

    private Classification result(String type, String vendor, List<String> evidence) {
        Integer level = rules.levelOf(type);
        if (level != null) {
            evidence.add("Purdue level " + level + " for a " + type);
        }
        return new Classification(type, level, vendor, List.copyOf(evidence));
    }

}
