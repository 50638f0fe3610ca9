package io.plantwatch.ti.content;

import java.util.List;

/**
 * A product-tree leaf: normalised vendor (as matched) and the raw one (as written), product,
 * the version range text as the advisory gives it and whether Plantwatch can read it, and the
 * model numbers some advisories list. Immutable.
 */
public record AffectedProduct(String productId, String vendor, String vendorRaw, String product, String range,
                              boolean rangeParsed, List<String> modelNumbers) {
    public AffectedProduct {
        modelNumbers = List.copyOf(modelNumbers);
    }
}
