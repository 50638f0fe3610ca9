package io.plantwatch.ui.demo;

import io.plantwatch.bench.lightsensor.LightSensor;
import io.plantwatch.bench.lightsensor.SelfSignedKeys;
import io.plantwatch.console.ConsoleServices;
import io.plantwatch.console.sensors.SensorRegistry;
import io.plantwatch.console.store.SensorRecord;
import io.plantwatch.console.sync.SyncListener;
import io.plantwatch.ui.task.TaskContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo plant served by in-process light sensors (real HTTPS on loopback, the sensor API as
 * the console syncs it) with {@link DemoInventory}'s plant. It stands in until the real sensor
 * service (issue 5) and the plant simulator (issue 3) are on main; then the demo will start real
 * sensors replaying simulated traffic instead. The console's side is the real one throughout:
 * certificate probe and pinning, registration, sync, merge. Thread-safe (methods synchronized).
 */
public final class LightDemoPlant implements DemoPlant {
    /** Sensor name → zone. */
    private static final Map<String, String> ZONES = Map.of(DemoInventory.NORTH, "Process control",
            DemoInventory.SOUTH, "Process control", DemoInventory.PACKAGING, "Packaging");
    private static final List<String> ORDER = List.of(DemoInventory.NORTH, DemoInventory.SOUTH,
            DemoInventory.PACKAGING);

    private final ConsoleServices services;
    private final List<LightSensor> running = new ArrayList<>();

    public LightDemoPlant(ConsoleServices services) {
        this.services = services;
    }

    @Override
    public synchronized void start(TaskContext context) throws Exception {
        if (isInstalled()) {
            stopAndRemove(context);
        }
        context.message("Making the demo sensors' certificates");
        context.progress(0, 5);
        SelfSignedKeys keys = SelfSignedKeys.generate("plantwatch-demo-sensor");
        DemoInventory plant = new DemoInventory(System.currentTimeMillis());
        List<SensorRecord> registered = new ArrayList<>();
        try {
            for (String name : ORDER) {
                context.message("Starting sensor " + name);
                String token = UUID.randomUUID().toString();
                LightSensor sensor = LightSensor.plantwatch(name, token, plant.of(name), keys);
                running.add(sensor);
                SensorRegistry.Probe probe = services.sensors().probe(sensor.url());
                registered.add(services.sensors().add(name, sensor.url(), token, SITE, ZONES.get(name),
                        probe.fingerprint()));
                context.progress(registered.size(), 5);
            }
            context.message("Syncing the demo sensors");
            services.sync().sync(registered, SyncListener.NONE, context.cancellation());
            context.progress(5, 5);
        } catch (Exception | Error e) {
            stopAndRemove(context);
            throw e;
        }
    }

    @Override
    public synchronized void stopAndRemove(TaskContext context) {
        context.message("Removing the demo sensors");
        for (SensorRecord sensor : services.sensors().list()) {
            if (ZONES.containsKey(sensor.name()) && SITE.equals(sensor.siteName())) {
                services.sensors().remove(sensor.name());
            }
        }
        running.forEach(LightSensor::close);
        running.clear();
    }

    @Override
    public boolean isInstalled() {
        return services.sensors().list().stream()
                .anyMatch(sensor -> ZONES.containsKey(sensor.name()) && SITE.equals(sensor.siteName()));
    }
}
