package io.plantwatch.decode.codes;

import io.plantwatch.decode.ActivityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the tab-separated resource files code tables are made from: one entry a line,
 * {@code key<TAB>name[<TAB>ACTIVITY]}; {@code #} starts a comment line. Thread-safe.
 */
final class TableFile {
    /** One entry of a table file; {@code activity} may be null. */
    interface Row {
        void accept(String key, String name, ActivityType activity);
    }

    private TableFile() {
    }

    static void read(String resource, Row row) {
        try (InputStream in = TableFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing code table " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 2 || fields.length > 3) {
                    throw new IllegalStateException(resource + ":" + number + ": expected key<TAB>name[<TAB>ACTIVITY]");
                }
                row.accept(fields[0].strip(), fields[1].strip(),
                        fields.length == 3 ? ActivityType.valueOf(fields[2].strip()) : null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read code table " + resource, e);
        }
    }
}
