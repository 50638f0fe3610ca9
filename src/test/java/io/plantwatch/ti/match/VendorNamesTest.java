package io.plantwatch.ti.match;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VendorNamesTest {
    private final VendorNames vendors = VendorNames.standard();

    @Test
    void variantsFromTheAdvisoriesBecomeOneName() {
        assertThat(vendors.canonical("Rockwell Automation ")).isEqualTo("Rockwell Automation");
        assertThat(vendors.canonical("Johnson Controls, Inc.")).isEqualTo("Johnson Controls");
        assertThat(vendors.canonical("Johnson Controls Inc.")).isEqualTo("Johnson Controls");
        assertThat(vendors.canonical("Mitsubishi Electric Corporation")).isEqualTo("Mitsubishi Electric");
        assertThat(vendors.canonical("Sensormatic Electronics, LLC, a subsidiary of Johnson Controls Inc."))
                .isEqualTo("Sensormatic Electronics");
    }

    @Test
    void advisoryVendorsMeetIeeeOrganisations() {
        assertThat(vendors.same("Siemens", "Siemens AG")).isTrue();
        assertThat(vendors.same("Moxa", "MOXA TECHNOLOGIES CORP., LTD.")).isTrue();
        assertThat(vendors.same("Rockwell Automation ", "Rockwell Automation")).isTrue();
        assertThat(vendors.same("Siemens", "Siemens Healthineers")).isTrue();
        assertThat(vendors.same("ABB", "Abbott Diabetes Care")).isFalse();
        assertThat(vendors.same("Omron", "")).isFalse();
    }
}
