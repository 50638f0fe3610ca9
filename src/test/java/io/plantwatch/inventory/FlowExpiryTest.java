package io.plantwatch.inventory;

import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Expired flows are gone for good: a later packet of the same conversation starts a new flow. */
class FlowExpiryTest {
    private static final long MINUTE = 60_000_000_000L;

    @Test
    void aPacketAfterItsFlowExpiredStartsANewFlowEvenWhenItWasTheLastFlowSeen() {
        TrafficRun run = new TrafficRun();
        run.udp("10.0.0.1", 40000, "10.0.0.2", 9, new byte[] {1});
        // five quiet minutes for IP, then a frame that is no flow's: the last flow seen is still the one above
        run.quiet(5 * MINUTE).ethernet(0x0180C200000EL, TrafficRun.macOf("10.0.0.9"), 0x88CC, new byte[46]);

        List<Connection> expired = run.expireIdle(4 * MINUTE);
        run.udp("10.0.0.1", 40000, "10.0.0.2", 9, new byte[] {2});

        assertThat(expired).singleElement().satisfies(c -> assertThat(c.packets()).isEqualTo(1));
        assertThat(run.inventory().connections()).singleElement()
                .satisfies(c -> assertThat(c.packets()).as("counted in the new flow, not the expired one").isEqualTo(1));
    }
}
