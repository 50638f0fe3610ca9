package io.plantwatch.ti.content;

import java.util.List;

/** One CSAF advisory as the package carries it: its products and its vulnerabilities. Immutable. */
public record Advisory(String id, String title, String initialRelease, String currentRelease, String url,
                       List<AffectedProduct> products, List<Vulnerability> vulnerabilities) {
    public Advisory {
        products = List.copyOf(products);
        vulnerabilities = List.copyOf(vulnerabilities);
    }
}
