package io.plantwatch.console.demo;

import io.plantwatch.sensor.SensorConfig;
import io.plantwatch.sensor.SensorService;
import io.plantwatch.sensor.pipeline.CaptureState;
import io.plantwatch.sensor.tokens.TokenFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's running sensor services: the real {@link SensorService} (pipeline, sensor store,
 * HTTPS API) in this process, listening on loopback on a free port, replaying one capture each.
 * Not thread-safe: {@link DemoPlant} guards it.
 */
final class DemoSensors implements AutoCloseable {
    /** A started sensor, its API's address and the token the console uses. */
    record Running(DemoLayout.SensorSpot spot, SensorService service, String url, String token) {
    }

    /** Wrong tokens one address may present per minute: the sensor's usual limit. */
    private static final int AUTH_FAILURES_PER_MINUTE = 30;

    private final List<Running> running = new ArrayList<>();

    Running start(DemoLayout.SensorSpot spot, Path dataDirectory, Path capture, double speed) throws Exception {
        String token = new TokenFile(dataDirectory).create("plantwatch console (demo)");
        SensorService service = SensorService.start(new SensorConfig(spot.name(), dataDirectory, "127.0.0.1", 0, null,
                List.of(capture), speed, false, AUTH_FAILURES_PER_MINUTE), version());
        Running started = new Running(spot, service, "https://127.0.0.1:" + service.port(), token);
        running.add(started);
        return started;
    }

    /** Whether every sensor has replayed its capture to the end (or stopped). */
    boolean replaysFinished() {
        return running.stream().allMatch(sensor -> sensor.service().captureState() != CaptureState.RUNNING
                && sensor.service().captureState() != CaptureState.STARTING);
    }

    boolean isEmpty() {
        return running.isEmpty();
    }

    /** Stops every sensor (its store closes after its last write). */
    @Override
    public void close() {
        for (Running sensor : running) {
            sensor.service().close();
        }
        running.clear();
    }

    private static String version() {
        String version = SensorService.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
