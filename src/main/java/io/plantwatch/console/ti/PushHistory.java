package io.plantwatch.console.ti;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's record of TI pushes ({@code <data>/ti/pushes.json}) and the last pushed package
 * ({@code <data>/ti/last-package.zip}), so failed sensors can be retried later and the screen can
 * show history. Each push's results are merged per sensor: a retry's success replaces the earlier
 * failure. Thread-safe (synchronized; files replaced atomically).
 */
public final class PushHistory {
    /** One push of one package version: when, and the latest result per sensor. */
    public record Push(long time, String version, String sha256, Map<String, SensorPushResult> results) {
    }

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();

    public PushHistory(Path consoleData) {
        this.dir = consoleData.resolve("ti");
    }

    public synchronized List<Push> pushes() throws IOException {
        Path file = dir.resolve("pushes.json");
        return Files.exists(file) ? json.readValue(file.toFile(), new TypeReference<List<Push>>() { }) : new ArrayList<>();
    }

    /** Records results; a push of the same package (sha256) as the last one merges into it. */
    public synchronized Push record(byte[] tiPackage, String version, String sha256, List<SensorPushResult> results,
                                    long now) throws IOException {
        Files.createDirectories(dir);
        List<Push> pushes = pushes();
        Push last = pushes.isEmpty() ? null : pushes.get(pushes.size() - 1);
        Map<String, SensorPushResult> merged = new LinkedHashMap<>();
        if (last != null && last.sha256().equals(sha256)) {
            merged.putAll(last.results());
            pushes.remove(pushes.size() - 1);
        }
        results.forEach(r -> merged.put(r.sensor(), r));
        Push push = new Push(now, version, sha256, merged);
        pushes.add(push);
        write("pushes.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(pushes));
        write("last-package.zip", tiPackage);
        return push;
    }

    public synchronized byte[] lastPackage() throws IOException {
        Path file = dir.resolve("last-package.zip");
        if (!Files.exists(file)) {
            throw new IOException("no TI package was pushed from this console yet");
        }
        return Files.readAllBytes(file);
    }

    private void write(String name, byte[] bytes) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
