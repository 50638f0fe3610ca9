package io.plantwatch.sensor.ti;

import io.plantwatch.ti.content.Contents;
import io.plantwatch.ti.format.Manifest;
import io.plantwatch.ti.match.CveMatcher;
import io.plantwatch.ti.match.IndicatorIndex;
import io.plantwatch.ti.match.OuiTable;

/** The installed package, ready to use: its manifest, content, CVE matcher, OUI table and indicators. Immutable. */
public record AppliedTi(Manifest manifest, Contents contents, CveMatcher cves, OuiTable oui, IndicatorIndex indicators) {
}
