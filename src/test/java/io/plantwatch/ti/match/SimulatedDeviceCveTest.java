package io.plantwatch.ti.match;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.inventory.Device;
import io.plantwatch.simulate.PlantSimulator;
import io.plantwatch.simulate.SimulationResult;
import io.plantwatch.simulate.SimulationSpec;
import io.plantwatch.simulate.truth.Truth;
import io.plantwatch.ti.TiSources;
import io.plantwatch.ti.content.Advisory;
import io.plantwatch.ti.content.ProblemLog;
import io.plantwatch.ti.feeds.CsafReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CVE matching on devices whose vendor, model and firmware come off the wire: the simulator writes a
 * plant (its truth names, per device, the CISA advisories whose affected range holds the firmware),
 * {@code analyze} recovers the identities, and the matcher runs against the real CSAF advisories.
 * Every truth advisory with a readable range must be found; an advisory that holds another
 * firmware release of the same model but not this one must NOT be found (outside the range).
 */
class SimulatedDeviceCveTest {
    @TempDir
    Path dir;

    @Test
    void devicesInsideAnAdvisoryRangeGetItsCvesAndDevicesOutsideDoNot() throws Exception {
        List<Advisory> advisories = new CsafReader(VendorNames.standard(), new ProblemLog())
                .readAll(TiSources.root().resolve("csaf"));
        CveMatcher matcher = new CveMatcher(advisories, VendorNames.standard(), ProductFamilies.standard());

        List<Truth.TruthDevice> truthDevices = new ArrayList<>();
        Map<String, Device> byMac = new HashMap<>();
        for (String plant : new String[] {"factory", "utility", "building"}) {
            for (long seed = 1; seed <= 2; seed++) {
                SimulationResult r = new PlantSimulator().write(SimulationSpec.of(plant, 120, 20, seed).withoutEvents(),
                        dir.resolve(plant + seed + ".pcap"));
                String capture = plant + seed;
                AnalysisReport report = Analyzer.standard().analyze(r.files(), Progress.NONE);
                report.inventory().devices().forEach(d -> d.macs().forEach(m -> byMac.put(capture + m, d)));
                r.truth().devices().forEach(t -> truthDevices.add(withKey(t, capture)));
            }
        }
        Map<String, Set<String>> advisoriesOfModel = new HashMap<>();
        truthDevices.forEach(t -> t.advisories().forEach(a ->
                advisoriesOfModel.computeIfAbsent(t.model(), k -> new HashSet<>()).add(a.id())));

        List<String> wrong = new ArrayList<>();
        Set<String> insideChecked = new TreeSet<>();
        Set<String> outsideChecked = new TreeSet<>();
        for (Truth.TruthDevice truth : truthDevices) {
            Device found = byMac.get(truth.id() + truth.macs().get(0));
            if (found == null || truth.model() == null) {
                continue;
            }
            List<CveMatch> matches = matcher.match(new DeviceIdentity(found.vendor(), found.model(), found.firmware()));
            Set<String> matched = new HashSet<>();
            matches.forEach(m -> matched.add(m.advisory()));
            Set<String> own = new HashSet<>();
            for (Truth.Advisory a : truth.advisories()) {
                own.add(a.id());
                if (VersionRange.parse(a.range()).parsed()) {
                    insideChecked.add(truth.model() + " " + found.firmware() + " in " + a.id());
                    if (!matched.contains(a.id())) {
                        wrong.add(found.vendor() + "/" + found.model() + " " + found.firmware() + ": missing " + a.id() + " (" + a.range() + ")");
                    }
                }
            }
            for (String other : advisoriesOfModel.getOrDefault(truth.model(), Set.of())) {
                if (!own.contains(other)) {
                    outsideChecked.add(truth.model() + " " + found.firmware() + " not in " + other);
                    if (matched.contains(other)) {
                        wrong.add(found.model() + " " + found.firmware() + ": wrongly in " + other);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(insideChecked).as("devices inside a range").hasSizeGreaterThan(5);
        assertThat(outsideChecked).as("devices outside a range").isNotEmpty();
    }

    /** Keys the truth device by its capture (ids repeat across captures); id is reused as that key. */
    private static Truth.TruthDevice withKey(Truth.TruthDevice t, String capture) {
        return new Truth.TruthDevice(capture, t.name(), t.macs(), t.ips(), t.vendor(), t.model(), t.firmware(), t.type(),
                t.purdueLevel(), t.zone(), t.role(), t.os(), t.protocols(), t.identitySource(), t.orderNumber(),
                t.serial(), t.authorized(), t.advisories());
    }
}
