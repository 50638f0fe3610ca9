package io.plantwatch.ti.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which advisory product families a reported model belongs to (data: {@code product-families.csv}).
 * Immutable and thread-safe.
 */
public final class ProductFamilies {
    private final Map<Pattern, String> families;

    private ProductFamilies(Map<Pattern, String> families) {
        this.families = families;
    }

    public static ProductFamilies standard() {
        Map<Pattern, String> families = new LinkedHashMap<>();
        try (InputStream in = ProductFamilies.class.getResourceAsStream("/io/plantwatch/ti/product-families.csv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                int comma = line.indexOf(',');
                if (!line.startsWith("#") && comma > 0) {
                    families.put(Pattern.compile(line.substring(0, comma).trim(), Pattern.CASE_INSENSITIVE),
                            line.substring(comma + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProductFamilies(families);
    }

    public List<String> of(String model) {
        List<String> out = new ArrayList<>();
        if (model != null) {
            families.forEach((pattern, family) -> {
                if (pattern.matcher(model.trim()).lookingAt()) {
                    out.add(family);
                }
            });
        }
        return out;
    }
}
