package io.plantwatch.detect;

import java.util.List;

/**
 * What one detection step raised: new alerts, repeats grouped into open alerts (count and last
 * seen), and timeline events.
 */
public record Detections(List<Alert> alerts, List<DetectedEvent> events, List<AlertRepeat> repeats) {
    public Detections(List<Alert> alerts, List<DetectedEvent> events) {
        this(alerts, events, List.of());
    }
}
