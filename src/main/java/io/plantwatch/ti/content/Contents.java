package io.plantwatch.ti.content;

import java.util.List;

/** What a package carries, parsed. Immutable. */
public record Contents(List<Advisory> advisories, List<Tactic> tactics, List<Technique> techniques,
                       List<OuiEntry> oui, List<Indicator> indicators) {
    public Contents {
        advisories = List.copyOf(advisories);
        tactics = List.copyOf(tactics);
        techniques = List.copyOf(techniques);
        oui = List.copyOf(oui);
        indicators = List.copyOf(indicators);
    }

    public int cveCount() {
        return (int) advisories.stream().flatMap(a -> a.vulnerabilities().stream())
                .map(Vulnerability::cve).distinct().count();
    }
}
