package io.plantwatch.sensor.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When the mailbox tells the pipeline that the writer is behind, and how untaken snapshots combine. */
class SnapshotMailboxTest {
    private final SnapshotMailbox mailbox = new SnapshotMailbox();

    private static PipelineSnapshot snapshot(long packets, boolean last) {
        return new PipelineSnapshot(null, List.of(), List.of(), List.of(), List.of(), packets, 0, 0, packets, last, false);
    }

    @Test
    void theWriterIsBehindFromAPutUntilItComesBackForMore() throws Exception {
        assertThat(mailbox.writerBehind()).isFalse();
        mailbox.put(snapshot(1, false));
        assertThat(mailbox.writerBehind()).as("waiting for the writer").isTrue();
        assertThat(mailbox.take(0).packets()).isEqualTo(1);
        assertThat(mailbox.writerBehind()).as("the writer works on it").isTrue();
        assertThat(mailbox.take(0)).isNull();
        assertThat(mailbox.writerBehind()).as("the writer asked for the next").isFalse();
    }

    @Test
    void snapshotsTheWriterHasNotTakenCombineIntoTheLatest() throws Exception {
        mailbox.put(snapshot(1, true));
        mailbox.put(snapshot(2, false));
        PipelineSnapshot taken = mailbox.take(0);
        assertThat(taken.packets()).isEqualTo(2);
        assertThat(taken.last()).isTrue();
        assertThat(mailbox.take(0)).isNull();
    }
}
