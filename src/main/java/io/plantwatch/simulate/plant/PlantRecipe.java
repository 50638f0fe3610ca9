package io.plantwatch.simulate.plant;

import java.util.List;
import java.util.Map;

/**
 * How a kind of plant is composed (role quotas with weighted models) and how often its traffic
 * recurs, loaded once from {@code plants.json}. Immutable, thread-safe.
 */
public record PlantRecipe(Rates rates, Map<String, List<RoleQuota>> plants) {

    /** Intervals in seconds. */
    public record Rates(double hmiPoll, double historianPoll, double scadaPoll, double bmsPoll, double ewsPoll,
                        double lldp, double dns, double web, double ntp, double arp, double iec104Spontaneous) {
    }

    /** Devices of one role: a fixed count, or a share of the plant with a minimum, or the rest. */
    public record RoleQuota(String role, Integer fixed, Double share, Integer min, Boolean rest,
                            Map<String, Integer> models) {
        public Role parsedRole() {
            return Role.parse(role);
        }

        public boolean isRest() {
            return rest != null && rest;
        }
    }

    public PlantRecipe {
        plants = Map.copyOf(plants);
    }

    public static PlantRecipe standard() {
        return Catalogue.read("plants.json", PlantRecipe.class);
    }

    public List<RoleQuota> quotas(String plant) {
        List<RoleQuota> q = plants.get(plant);
        if (q == null) {
            throw new IllegalArgumentException("unknown plant '" + plant + "' (known: " + plants.keySet() + ")");
        }
        return q;
    }
}
