package io.plantwatch.decode.smb;

/** The server part of a UNC path ({@code \\SERVER\share}); IP literals name no one. */
final class SmbPaths {
    private SmbPaths() {
    }

    static String serverOf(String path) {
        if (path == null || !path.startsWith("\\\\")) {
            return null;
        }
        int end = path.indexOf('\\', 2);
        String server = end < 0 ? path.substring(2) : path.substring(2, end);
        if (server.isEmpty() || server.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ':')
                || server.equalsIgnoreCase("*SMBSERVER")) {
            return null;
        }
        return server;
    }
}
