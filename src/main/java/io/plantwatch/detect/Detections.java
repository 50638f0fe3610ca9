package io.plantwatch.detect;

import java.util.List;

/** What one detection step raised: new alerts (open duplicates left out) and timeline events. */
public record Detections(List<Alert> alerts, List<DetectedEvent> events) {
}
