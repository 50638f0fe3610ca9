package io.plantwatch.detect;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/** Credentials sent in clear text (T0812 Default Credentials, T0859 Valid Accounts). */
final class CleartextCredentialsRule implements ActivityRule {
    @Override
    public Alert check(ObservedActivity a, Baseline baseline) {
        if (a.activity().type() != ActivityType.CLEARTEXT_CREDENTIALS) {
            return null;
        }
        return ActivityAlerts.alert(a, Rules.CLEARTEXT_CREDENTIALS, Alert.Severity.Minor,
                Alert.Engine.POLICY_VIOLATION, "Cleartext credentials", List.of("T0812", "T0859"),
                List.of("Change the exposed password.", "Use an encrypted protocol (SSH, HTTPS, SFTP) instead."),
                null);
    }
}
