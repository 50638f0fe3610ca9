package io.plantwatch.decode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IpAddressTest {
    @ParameterizedTest
    @CsvSource({
        "2001:0db8:0000:0000:0000:ff00:0042:8329, 2001:db8::ff00:42:8329",
        "0:0:0:0:0:0:0:1, ::1",
        "0:0:0:0:0:0:0:0, ::",
        "fe80:0:0:0:8c36:6ff:fe44:acaf, fe80::8c36:6ff:fe44:acaf",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        "1:0:0:2:0:0:0:3, 1:0:0:2::3",
        "::ffff:10.0.0.1, ::ffff:10.0.0.1",
        "10.0.0.5, 10.0.0.5",
        "255.255.255.255, 255.255.255.255",
        "0.0.0.0, 0.0.0.0",
        "192.168.010.1, 192.168.10.1"
    })
    void printsAsTsharkDoes(String input, String expected) {
        assertThat(IpAddress.parse(input)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0", "10.0.0.256", "1:2:3:4:5:6:7:8:9", "1::2::3", "g::1", "", "10.0.0.01a",
        "10.0.0.1.", "10..0.1", "+10.0.0.1", "10.0.0.1 ", "1000.0.0.1", "10.0.0.-1"})
    void refusesWhatIsNotAnAddress(String input) {
        assertThatThrownBy(() -> IpAddress.parse(input)).isInstanceOf(IllegalArgumentException.class);
    }
}
