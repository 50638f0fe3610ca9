package io.plantwatch.sensor.evidence;

import io.plantwatch.detect.Alert;
import io.plantwatch.detect.evidence.EvidencePacket;
import io.plantwatch.detect.evidence.EvidencePcap;
import io.plantwatch.detect.evidence.EvidenceSelector;
import io.plantwatch.detect.evidence.PacketRing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Each new alert's packets, taken from the ring when the alert is raised and kept as
 * {@code <data>/evidence/<alert id>.pcap} for {@code GET /api/v2/alerts/pcap/{id}}. Packets older
 * than the ring's reach when the alert is raised are not in it. {@link #keep} runs on the writer
 * thread; {@link #pcap} on API threads (files are written whole, then moved into place).
 */
public final class AlertEvidence {
    private static final Logger LOG = LoggerFactory.getLogger(AlertEvidence.class);
    /** Alert ids are {@code <number>-<epoch ms>}; nothing else may name a file. */
    private static final Pattern ID = Pattern.compile("[0-9]{1,19}-[0-9]{1,19}");

    private final PacketRing ring;
    private final Path directory;
    private final EvidenceSelector selector = new EvidenceSelector();

    public AlertEvidence(PacketRing ring, Path dataDirectory) {
        this.ring = ring;
        this.directory = dataDirectory.resolve("evidence");
    }

    /** Saves the alert's packets; a failure is logged, never thrown (evidence must not stop detection). */
    public void keep(Alert alert) {
        if (alert.id() == null || !ID.matcher(alert.id()).matches()) {
            return;
        }
        // Only the alert's time window is copied out of the ring: the selector looks at no other.
        List<EvidencePacket> packets = selector.select(alert, ring.snapshot(
                alert.time() - io.plantwatch.detect.evidence.EvidenceSelector.BEFORE_NANOS,
                Math.max(alert.time(), alert.lastSeen())));
        if (packets.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "evidence-", ".tmp");
            Files.write(temporary, EvidencePcap.write(packets));
            Files.move(temporary, directory.resolve(alert.id() + ".pcap"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("evidence of alert {} not kept: {}", alert.id(), e.toString());
        }
    }

    /** The alert's evidence as pcap bytes, or null when there is none (or the id is no alert id). */
    public byte[] pcap(String id) throws IOException {
        if (id == null || !ID.matcher(id).matches()) {
            return null;
        }
        Path file = directory.resolve(id + ".pcap");
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }
}
