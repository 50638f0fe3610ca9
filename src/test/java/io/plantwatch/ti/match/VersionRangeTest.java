package io.plantwatch.ti.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranges as they appear in ../shared/ti-sources/csaf, with firmware inside and outside. */
class VersionRangeTest {
    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "vers:all/*;V1.0;true",
            "vers:all/<V4.3.8;V4.3.7;true",
            "vers:all/<V4.3.8;V4.3.8;false",
            "vers:all/>=V7.80<V9.40;V8.0;true",
            "vers:all/>=V7.80<V9.40;V9.40;false",
            "vers:all/>=V7.80<V9.40;V7.7;false",
            "<= 7.011;7.011;true",
            "<= 7.011;7.012;false",
            "< V7.2;V7.1.9;true",
            ">=1.220|<=1.281;1.250;true",
            ">=1.220|<=1.281;1.282;false",
            ">= 12.0.1 | <= 12.0.14;12.0.14;true",
            ">= 12.0.1 | <= 12.0.14;12.1;false",
            "01.14.000 -01.47.000;1.20;true",
            "01.14.000 -01.47.000;1.48;false",
            "2.0.x;2.0.7;true",
            "2.0.x;2.1.0;false",
            "V13.001;13.1;true",
            "V13.001;13.2;false",
            "<V9.3.5;V2.8.3;true",
            "<V9.3.5;not a version;false",
    })
    void contains(String range, String firmware, boolean expected) {
        VersionRange parsed = VersionRange.parse(range);
        assertThat(parsed.parsed()).isTrue();
        assertThat(parsed.contains(firmware)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "<V33.017_V34.014_V35.013_V36.011",
            ">FW19_up_to_and_including_FW26",
            "<=B13__without_Special_Modification_Patch_BRD-C62W003-A0_installed",
            ">= 9.3.0 -  but not including 9.3.8",
            "(FOX615 System Release R15B)",
    })
    void freeTextIsKeptButNeverMatches(String range) {
        VersionRange parsed = VersionRange.parse(range);
        assertThat(parsed.parsed()).isFalse();
        assertThat(parsed.raw()).isEqualTo(range);
        assertThat(parsed.contains("1.0")).isFalse();
    }
}
