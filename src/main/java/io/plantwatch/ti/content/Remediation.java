package io.plantwatch.ti.content;

import java.util.List;

/** A CSAF remediation: category (vendor_fix, mitigation, ...), text, url, product ids. Immutable. */
public record Remediation(String category, String details, String url, List<String> products) {
    public Remediation {
        products = List.copyOf(products);
    }
}
