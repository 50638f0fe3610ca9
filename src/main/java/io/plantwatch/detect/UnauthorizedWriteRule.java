package io.plantwatch.detect;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/**
 * Writes of process values or parameters from a client that the baseline does not know for this
 * server and protocol (T0855 Unauthorized Command Message, T0836 Modify Parameter). In learning
 * mode the writer is learnt instead.
 */
final class UnauthorizedWriteRule implements ActivityRule {
    @Override
    public Alert check(ObservedActivity a, Baseline baseline) {
        if (a.activity().type() != ActivityType.WRITE || baseline.acceptsEverything()) {
            return null;
        }
        String key = Baseline.writeKey(ActivityAlerts.source(a), ActivityAlerts.destination(a), a.activity().protocol());
        if (baseline.expected(key)) {
            return null;
        }
        return ActivityAlerts.alert(a, Rules.UNAUTHORIZED_WRITE, Alert.Severity.Major, Alert.Engine.POLICY_VIOLATION,
                "Write command from an unauthorised client", List.of("T0855", "T0836"),
                List.of("Check whether this client may write to the device; if so, handle the alert with learn."),
                key);
    }
}
