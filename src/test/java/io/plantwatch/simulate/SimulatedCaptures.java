package io.plantwatch.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Small simulated plants for tests: every plant kind, all its events, three zones. */
final class SimulatedCaptures {
    static final String[] PLANTS = {"factory", "building", "utility"};

    private SimulatedCaptures() {
    }

    /** Writes {@code dir/PLANT.pcap} with 80 devices over 60 seconds and every applicable event. */
    static SimulationResult write(Path dir, String plant, long seed) {
        try {
            return new PlantSimulator().write(SimulationSpec.of(plant, 80, 60, seed), dir.resolve(plant + ".pcap"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
