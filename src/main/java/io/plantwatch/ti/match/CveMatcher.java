package io.plantwatch.ti.match;

import io.plantwatch.ti.content.Advisory;
import io.plantwatch.ti.content.AffectedProduct;
import io.plantwatch.ti.content.Vulnerability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches devices to CVEs by vendor, product and firmware range. A device matches an advisory's
 * product leaf when the vendors are the same company ({@link VendorNames}), the leaf's product
 * name (as words) contains the device's model or one of its families ({@link ProductFamilies}),
 * and the leaf's range contains the firmware ("all versions" needs no firmware). Ranges Plantwatch
 * cannot read never match: a missed CVE is reported at build time, a false one would not be.
 * Immutable and thread-safe once built; build once per applied package.
 */
public final class CveMatcher {
    private record Leaf(Advisory advisory, AffectedProduct product, VersionRange range, String words,
                        List<Vulnerability> vulnerabilities) {
    }

    private final List<Leaf> leaves = new ArrayList<>();
    private final VendorNames vendors;
    private final ProductFamilies families;

    public CveMatcher(List<Advisory> advisories, VendorNames vendors, ProductFamilies families) {
        this.vendors = vendors;
        this.families = families;
        for (Advisory advisory : advisories) {
            Map<String, List<Vulnerability>> byProduct = new HashMap<>();
            for (Vulnerability v : advisory.vulnerabilities()) {
                v.affected().forEach(id -> byProduct.computeIfAbsent(id, k -> new ArrayList<>()).add(v));
            }
            for (AffectedProduct product : advisory.products()) {
                List<Vulnerability> vulnerabilities = byProduct.get(product.productId());
                if (vulnerabilities != null && product.rangeParsed()) {
                    leaves.add(new Leaf(advisory, product, VersionRange.parse(product.range()),
                            words(product.product() + " " + String.join(" ", product.modelNumbers())), vulnerabilities));
                }
            }
        }
    }

    /** The device's CVEs, one per CVE id (highest score first, then id). */
    public List<CveMatch> match(DeviceIdentity device) {
        if (device.vendor() == null || device.model() == null || device.model().isBlank()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(words(device.model()));
        families.of(device.model()).forEach(f -> names.add(words(f)));
        Map<String, CveMatch> matches = new LinkedHashMap<>();
        for (Leaf leaf : leaves) {
            if (!vendors.same(leaf.product().vendor(), device.vendor()) || !names(leaf.words(), names)
                    || !leaf.range().contains(device.firmware())) {
                continue;
            }
            for (Vulnerability v : leaf.vulnerabilities()) {
                matches.putIfAbsent(v.cve(), new CveMatch(v.cve(), v.cvss(), v.attackVector(), v.summary(),
                        leaf.advisory().id(), leaf.product().product(), leaf.product().range()));
            }
        }
        List<CveMatch> sorted = new ArrayList<>(matches.values());
        sorted.sort(Comparator.comparing((CveMatch m) -> m.score() == null ? -1 : m.score()).reversed()
                .thenComparing(CveMatch::cve));
        return sorted;
    }

    private static boolean names(String productWords, List<String> names) {
        for (String name : names) {
            if (!name.isBlank() && productWords.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** " cpu 1516 3 pn dp ": lower case, punctuation to spaces, padded so contains() matches whole words. */
    static String words(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim() + " ";
    }
}
