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
        Router router = new Router();
        new InventoryRoutes(reader, clock, new io.plantwatch.sensor.ti.DeviceThreatIntel(ti)).register(router);
        new AlertRoutes(reader, writer, clock, json).register(router);
        new ReportRoutes(reader, writer, json).register(router);
        new PlantwatchRoutes(new PlantwatchRoutes.Identity(name, version, startedMillis), reader, writer, capture,
                baseline, ti, json).register(router);
        return router;
    }
}
