package io.plantwatch.ti.match;

import io.plantwatch.ti.content.Indicator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses and names the indicators of a package list, and which they do not. */
class IndicatorIndexTest {
    private final IndicatorIndex index = new IndicatorIndex(List.of(new Indicator("ip", "203.0.113.7", "c2"),
            new Indicator("cidr", "198.51.100.0/24", "bad net"), new Indicator("domain", "evil.example", "c2 domain"),
            new Indicator("sha256", "a".repeat(64), "dropper")));

    @Test
    void addressesMatchExactlyOrByNetwork() {
        assertThat(index.address("203.0.113.7").description()).isEqualTo("c2");
        assertThat(index.address("198.51.100.200").description()).isEqualTo("bad net");
        assertThat(index.address("203.0.113.8")).isNull();
        assertThat(index.address("198.51.101.1")).isNull();
        assertThat(index.address("2001:db8::1")).isNull();
        assertThat(index.address("not an address")).isNull();
    }

    @Test
    void namesMatchTheDomainAndEveryNameUnderIt() {
        assertThat(index.hostName("evil.example").value()).isEqualTo("evil.example");
        assertThat(index.hostName("C2.Evil.Example.").value()).isEqualTo("evil.example");
        assertThat(index.hostName("notevil.example")).isNull();
        assertThat(index.hostName("evil.example.org")).isNull();
        assertThat(index.hostName("example")).isNull();
    }

    @Test
    void fileHashesAreNotMatchedAgainstTraffic() {
        assertThat(index.size()).isEqualTo(3);
        assertThat(IndicatorIndex.EMPTY.isEmpty()).isTrue();
        assertThat(IndicatorIndex.EMPTY.address("203.0.113.7")).isNull();
    }
}
