package io.plantwatch.ui.support;

import javafx.scene.text.Font;

import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Registers the fonts shipped in {@code styles/fonts/} (Inter, JetBrains Mono; SIL OFL) with
 * JavaFX and with AWT, which JFreeChart draws text through. The console needs no installed font.
 * Loading twice is harmless; call once at start, off the FX thread.
 */
public final class BundledFonts {
    private static final List<String> FILES = List.of("Inter-Regular.otf", "Inter-Medium.otf", "Inter-SemiBold.otf",
            "Inter-Bold.otf", "JetBrainsMono-Regular.ttf");

    private BundledFonts() {
    }

    public static void load() {
        for (String file : FILES) {
            String path = "/styles/fonts/" + file;
            try (InputStream fx = BundledFonts.class.getResourceAsStream(path);
                 InputStream awt = BundledFonts.class.getResourceAsStream(path)) {
                if (fx == null || awt == null) {
                    throw new IllegalStateException("font " + path + " is not on the class path");
                }
                Font.loadFont(fx, 13);
                GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .registerFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, awt));
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("cannot load font " + path, e);
            }
        }
    }
}
