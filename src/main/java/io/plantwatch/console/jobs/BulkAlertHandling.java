package io.plantwatch.console.jobs;

import io.plantwatch.console.alerts.AlertService;
import io.plantwatch.console.sync.Cancellation;

import java.util.ArrayList;
import java.util.List;

/**
 * Handles many alerts in one go (the GUI's "handle selected"), one after the other, reporting
 * progress and stopping between alerts when cancelled: each alert is recorded and delivered on
 * its own, so a cancelled job leaves the alerts done so far handled and the rest untouched.
 * Thread-safe (holds no state of its own).
 */
public final class BulkAlertHandling {
    private final AlertService alerts;

    public BulkAlertHandling(AlertService alerts) {
        this.alerts = alerts;
    }

    public List<AlertService.HandleResult> run(List<Long> alertIds, String action, JobListener listener,
                                               Cancellation cancel) {
        List<AlertService.HandleResult> results = new ArrayList<>();
        for (Long id : alertIds) {
            if (cancel.isCancelled()) {
                break;
            }
            results.add(alerts.handle(id, action));
            listener.progress(results.size(), alertIds.size());
        }
        return results;
    }
}
