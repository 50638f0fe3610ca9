package io.plantwatch.inventory;

/** Decides a device's type and Purdue level from its profile. Implementations are thread-safe. */
@FunctionalInterface
public interface DeviceClassifier {
    Classification classify(DeviceProfile profile);
}
