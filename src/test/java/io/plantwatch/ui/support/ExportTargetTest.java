package io.plantwatch.ui.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The save dialog is titled and filtered by what is exported, not always as CSV. */
class ExportTargetTest {

    @Test
    void extensionComesFromTheSuggestedName() {
        assertThat(ExportTarget.extensionOf("plantwatch-devices.csv")).isEqualTo("csv");
        assertThat(ExportTarget.extensionOf("plant-map.PNG")).isEqualTo("png");
        assertThat(ExportTarget.extensionOf("map.graphml")).isEqualTo("graphml");
        assertThat(ExportTarget.extensionOf("no-extension")).isEmpty();
        assertThat(ExportTarget.extensionOf("trailing.")).isEmpty();
        assertThat(ExportTarget.extensionOf(null)).isEmpty();
    }
}
