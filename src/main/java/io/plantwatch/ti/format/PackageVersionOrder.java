package io.plantwatch.ti.format;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders package versions as people write them ({@code 2026.11.29}, {@code 2026.12.1},
 * {@code bench-2}): runs of digits compare as numbers, everything else as text, so
 * {@code 2026.12.1} is newer than {@code 2026.11.29} and {@code 10} newer than {@code 9}
 * (plain string order gets both wrong). Stateless and thread-safe.
 */
public final class PackageVersionOrder implements Comparator<String> {
    public static final PackageVersionOrder INSTANCE = new PackageVersionOrder();

    private PackageVersionOrder() {
    }

    /** True when {@code version} is older than {@code newest}; no version at all counts as oldest. */
    public boolean isOlder(String version, String newest) {
        return newest != null && (version == null || compare(version, newest) < 0);
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = run(a, i);
            int endB = run(b, j);
            String partA = a.substring(i, endA);
            String partB = b.substring(j, endB);
            boolean digitsA = Character.isDigit(a.charAt(i));
            boolean digitsB = Character.isDigit(b.charAt(j));
            int order;
            if (digitsA && digitsB) {
                order = new BigInteger(partA).compareTo(new BigInteger(partB));
            } else {
                order = partA.compareTo(partB);
            }
            if (order != 0) {
                return order;
            }
            i = endA;
            j = endB;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The end of the run of digits, or of non-digits, that starts at {@code from}. */
    private static int run(String text, int from) {
        boolean digits = Character.isDigit(text.charAt(from));
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end)) == digits) {
            end++;
        }
        return end;
    }
}
