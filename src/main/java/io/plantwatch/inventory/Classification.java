package io.plantwatch.inventory;

import java.util.List;

/**
 * A device's type (a Defender for IoT type name) and Purdue level, with the reasons for both.
 *
 * @param purdueLevel 0 to 5, or null when nothing tells
 * @param vendor vendor when the classifier knows better than the protocols (MAC OUI), else null
 */
public record Classification(String type, Integer purdueLevel, String vendor, List<String> evidence) {
    public static final String UNKNOWN = "Unknown";
}
