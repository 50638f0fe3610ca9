package io.plantwatch.decode.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data files shipped beside the classes that use them (OUI table, OS
 * hints, rules): one row per line, {@code #} comments and blank lines skipped. A missing file or
 * a row with too few fields is a packaging error and fails loudly.
 */
public final class DataFile {
    private DataFile() {
    }

    /**
     * The rows of {@code resource} (relative to {@code owner}'s package), each split into at most
     * {@code fields} fields; the last field keeps any further tabs.
     */
    public static List<String[]> rows(Class<?> owner, String resource, int fields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", fields);
                if (row.length != fields) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + fields
                            + " tab-separated fields");
                }
                for (int i = 0; i < row.length; i++) {
                    row[i] = row[i].strip();
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
