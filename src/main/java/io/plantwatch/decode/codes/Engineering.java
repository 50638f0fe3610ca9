package io.plantwatch.decode.codes;

import io.plantwatch.decode.ActivityType;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which activities mark their sender as an engineering station: changing what a controller runs
 * or whether it runs. Writes of process values and discovery reads do not (HMIs and scanners do
 * those). Thread-safe.
 */
public final class Engineering {
    private static final Set<ActivityType> PROGRAMMING = EnumSet.of(ActivityType.PROGRAM_DOWNLOAD,
            ActivityType.PROGRAM_UPLOAD, ActivityType.CONTROLLER_STOP, ActivityType.CONTROLLER_START,
            ActivityType.CONFIGURATION_CHANGE, ActivityType.FIRMWARE_UPDATE);

    private Engineering() {
    }

    public static boolean marksEngineering(ActivityType type) {
        return type != null && PROGRAMMING.contains(type);
    }
}
