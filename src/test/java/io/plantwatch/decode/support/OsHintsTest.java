package io.plantwatch.decode.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OsHintsTest {
    private static final OsHints HINTS = OsHints.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Windows 2002 Service Pack 3 2600|Windows XP",
        "Windows Server (R) 2008 Standard 6002 Service Pack 2|Windows Server 2008",
        "Windows Server 2008 R2 Standard 7601 Service Pack 1|Windows Server 2008 R2",
        "Windows Server 2003 3790 Service Pack 2|Windows Server 2003",
        "Windows 7 Professional 7601 Service Pack 1|Windows 7",
        "Mozilla/5.0 (Windows NT 6.1; WOW64) Gecko/20100101 Firefox/52.0|Windows 7",
        "Mozilla/5.0 (Windows NT 6.3; Win64; x64)|Windows 8.1",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36|Windows 10",
        "Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1)|Windows XP",
        "MSFT 5.0|Windows",
        "Microsoft-IIS/7.5|Windows",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)|Mac OS X",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 14_0 like Mac OS X)|null",
        "OpenSSH_8.9p1 Ubuntu-3ubuntu0.1|Linux",
        "Linux plc-gw 4.19.0 #1 SMP armv7l|Linux",
        "Apache/1.3.33 (Unix)|null",
        "Wget/1.10|null",
        "HP-UX B.11.31 U ia64|HP UX"})
    void mapsTextToDefenderOsNames(String text, String os) {
        assertThat(HINTS.osOf(text)).isEqualTo(os);
    }
}
