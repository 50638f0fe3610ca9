package io.plantwatch.analysis;

import io.plantwatch.detect.Alert;
import io.plantwatch.inventory.Inventory;

import java.util.List;

/** The result of {@code analyze}: what was read, what it shows, and what it raised. */
public record AnalysisReport(CaptureSummary capture, Inventory inventory, List<Alert> alerts) {
}
