package io.plantwatch.inventory.oui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The small table of plant-network vendors shipped in the jar ({@code ics-vendors.tsv}: prefix,
 * tab, vendor). Used until a TI package brings the full IEEE registry.
 */
public final class BuiltInOuiTable {
    static final String RESOURCE = "ics-vendors.tsv";

    private BuiltInOuiTable() {
    }

    /** Reads the built-in table; each call reads it anew, so keep the result. */
    public static OuiRegistry load() {
        try (InputStream in = BuiltInOuiTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in OUI table missing from the jar: " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OuiRegistry read(BufferedReader reader) throws IOException {
        OuiRegistry.Builder builder = OuiRegistry.builder();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected prefix<TAB>vendor");
            }
            builder.add(line.substring(0, tab), line.substring(tab + 1));
        }
        return builder.build();
    }
}
