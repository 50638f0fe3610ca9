package io.plantwatch.ui.inventory;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.plantwatch.ui.data.DeviceRow;
import io.plantwatch.ui.task.TaskContext;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Writes inventory rows to a CSV file (RFC 4180 quoting by Jackson): a header of the column
 * titles, then one line per row with each column's text as the table shows it. Written to a
 * temporary file first and moved into place, so a cancelled or failed export leaves no half file.
 * Stateless; thread-safe.
 */
public final class CsvExport {
    private static final CsvMapper MAPPER = new CsvMapper();

    /** @return the number of rows written */
    public int write(Path file, List<DeviceColumn> columns, List<DeviceRow> rows, TaskContext context)
            throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(column -> schema.addColumn(column.title()));
        Path absolute = file.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".export-", ".csv");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                 SequenceWriter lines = MAPPER.writerFor(String[].class).with(schema.build().withHeader())
                         .writeValues(writer)) {
                String[] values = new String[columns.size()];
                for (int i = 0; i < rows.size(); i++) {
                    DeviceRow row = rows.get(i);
                    for (int c = 0; c < values.length; c++) {
                        values[c] = columns.get(c).text(row);
                    }
                    lines.write(values);
                    if (i % 5000 == 0) {
                        if (context.isCancelled()) {
                            throw new CancellationException("export cancelled");
                        }
                        context.progress(i, rows.size());
                    }
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return rows.size();
    }
}
