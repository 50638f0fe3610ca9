package io.plantwatch.ui.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The remembered layout: saved and read back, defaults when missing or damaged. */
class UiSettingsTest {
    @TempDir
    Path data;

    @Test
    void whatWasSavedIsReadBack() throws Exception {
        UiSettings settings = UiSettings.load(data);
        settings.putNumber("window.width", 1234.5);
        settings.putFlag("window.maximized", true);
        settings.putText("theme", "DARK");
        settings.putList("inventory.columns", List.of("NAME", "VENDOR"));
        settings.copy().save();

        UiSettings again = UiSettings.load(data);
        assertThat(again.number("window.width", 0)).isEqualTo(1234.5);
        assertThat(again.flag("window.maximized", false)).isTrue();
        assertThat(again.text("theme", "LIGHT")).isEqualTo("DARK");
        assertThat(again.list("inventory.columns", List.of())).containsExactly("NAME", "VENDOR");
        assertThat(data).isDirectoryNotContaining("glob:**/*.tmp");
    }

    @Test
    void missingOrDamagedSettingsGiveTheDefaults() throws Exception {
        UiSettings none = UiSettings.load(data);
        assertThat(none.number("window.width", 1440)).isEqualTo(1440);
        assertThat(none.list("inventory.columns", List.of("NAME"))).containsExactly("NAME");
        Files.writeString(data.resolve(UiSettings.FILE), "window.width=wide\ntheme=\\u00zz\n");
        UiSettings damaged = UiSettings.load(data);
        assertThat(damaged.number("window.width", 1440)).isEqualTo(1440);
    }
}
