package io.plantwatch.sensor.api;

import io.plantwatch.detect.Baseline;
import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.merge.SensorWriter;
import io.plantwatch.sensor.pipeline.CaptureStatus;
import io.plantwatch.sensor.store.StoreReader;
import io.plantwatch.sensor.ti.TiPackageStore;

/** Builds the router with every endpoint of the sensor API. */
public final class SensorApi {
    private SensorApi() {
    }

    public static Router router(String name, String version, long startedMillis, StoreReader reader, SensorWriter writer,
                                CaptureStatus capture, Baseline baseline, TiPackageStore ti, SensorClock clock,
                                Json json) {
        return router(name, version, startedMillis, reader, writer, capture, baseline, ti, clock, json, null);
    }

    /** @param evidence alerts' packets for {@code /api/v2/alerts/pcap/{id}}, or null for none kept */
    public static Router router(String name, String version, long startedMillis, StoreReader reader, SensorWriter writer,
                                CaptureStatus capture, Baseline baseline, TiPackageStore ti, SensorClock clock,
                                Json json, io.plantwatch.sensor.evidence.AlertEvidence evidence) {
        Router router = new Router();
        if (evidence != null) {
            new io.plantwatch.sensor.evidence.EvidenceRoute(evidence).register(router); // before "not available"
        }
        new InventoryRoutes(reader, clock, new DeviceListCache(writer::devicesVersion, ti::applied),
                new CveCache(writer::devicesVersion, ti::applied), new io.plantwatch.sensor.ti.DeviceThreatIntel(ti),
                json).register(router);
        new AlertRoutes(reader, writer, clock, json).register(router);
        new ReportRoutes(reader, writer, json).register(router);
        new PlantwatchRoutes(new PlantwatchRoutes.Identity(name, version, startedMillis), reader, writer, capture,
                baseline, ti, json).register(router);
        return router;
    }
}
