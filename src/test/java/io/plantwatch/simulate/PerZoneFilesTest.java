package io.plantwatch.simulate;

import io.plantwatch.analysis.AnalysisReport;
import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Device;
import io.plantwatch.simulate.truth.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code --per-zone-files} each zone's capture is what a sensor on that zone's switch sees:
 * all of its own devices by MAC and IP, the devices of other zones only by IP behind the router,
 * and routed conversations in both zones' files (the overlap).
 */
class PerZoneFilesTest {
    @TempDir
    Path dir;

    @Test
    void eachZoneSeesItsDevicesAndRoutedTrafficIsInBothZones() throws Exception {
        SimulationResult r = new PlantSimulator().write(SimulationSpec.of("factory", 150, 40, 21).withZones(4, true),
                dir.resolve("plant.pcap"));
        assertThat(r.files()).hasSize(4);
        assertThat(r.files().get(2).getFileName().toString()).isEqualTo("plant.zone2.pcap");
        assertThat(r.truthFile().getFileName().toString()).isEqualTo("plant.pcap.truth.json");
        String routerMac = r.truth().devices().stream().filter(d -> d.role().equals("firewall")).findFirst()
                .orElseThrow().macs().get(0);

        List<AnalysisReport> views = new ArrayList<>();
        long zonePackets = 0;
        for (Path file : r.files()) {
            AnalysisReport view = Analyzer.standard().analyze(List.of(file), Progress.NONE);
            views.add(view);
            zonePackets += view.capture().packets();
        }
        assertThat(zonePackets).as("routed frames are in two files").isGreaterThan(r.packets());

        for (Truth.TruthDevice d : r.truth().devices()) {
            if (d.role().equals("firewall")) {
                continue;
            }
            AnalysisReport view = views.get(d.zone());
            Device found = view.inventory().devices().stream().filter(x -> x.macs().contains(d.macs().get(0)))
                    .findFirst().orElse(null);
            assertThat(found).as(d.name() + " in the file of zone " + d.zone()).isNotNull();
            assertThat(found.ips()).containsAll(d.ips());
            for (int z = 0; z < views.size(); z++) {
                if (z != d.zone()) {
                    int zone = z;
                    assertThat(views.get(z).inventory().devices()).as(d.name() + "'s MAC stays out of zone " + zone)
                            .noneMatch(x -> x.macs().contains(d.macs().get(0)));
                }
            }
        }

        Truth.TruthDevice historian = r.truth().devices().stream().filter(d -> d.role().equals("historian"))
                .findFirst().orElseThrow();
        Set<String> historianPeersInSite = peers(views.get(0), historian.ips().get(0));
        int overlapping = 0;
        for (int z = 1; z < views.size(); z++) {
            Set<String> inCell = peers(views.get(z), historian.ips().get(0));
            assertThat(inCell).as("cell " + z + " sees the historian polling its controllers").isNotEmpty();
            assertThat(historianPeersInSite).containsAll(inCell);
            overlapping += inCell.size();
            Device router = views.get(z).inventory().devices().stream().filter(x -> x.macs().contains(routerMac))
                    .findFirst().orElseThrow();
            assertThat(router.ips()).as("the router answers in zone " + z + " with that zone's gateway")
                    .contains(r.truth().zones().get(z).gateway());
        }
        assertThat(overlapping).isGreaterThan(0);
    }

    private static Set<String> peers(AnalysisReport view, String ip) {
        Set<String> peers = new HashSet<>();
        for (Connection c : view.inventory().connections()) {
            if (c.a().ip().equals(ip)) {
                peers.add(c.b().ip());
            } else if (c.b().ip().equals(ip)) {
                peers.add(c.a().ip());
            }
        }
        return peers;
    }
}
