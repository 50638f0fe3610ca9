package io.plantwatch.ti.content;

/** The content files of a package, in the order they go into the zip. */
public final class PackageFiles {
    public static final String VULNERABILITIES = "vulnerabilities.json";
    public static final String ATTACK = "attack.json";
    public static final String OUI = "oui.csv";
    public static final String INDICATORS = "indicators.json";
    public static final String BUILD_REPORT = "build-report.json";
    /** MITRE's terms ask every copy of ATT&CK data to carry their licence and copyright line. */
    public static final String ATTACK_LICENSE = "attack-LICENSE.txt";

    private PackageFiles() {
    }
}
