package io.plantwatch.decode.http;

import io.plantwatch.decode.Packet;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Cuts one direction of an HTTP/1.x connection into messages the way Wireshark desegments them:
 * a message counts on the segment that completes it (headers, then a Content-Length or chunked
 * body); a body without length runs to the end of the connection and each of its segments counts;
 * data that starts no message is a continuation and counts. A header block that lies whole in its
 * segment is parsed from there; one that spans segments is buffered up to {@link #MAX_HEAD}
 * (grown as needed, dropped once parsed, so an idle flow holds no buffer); bodies are only
 * counted, never copied. Not thread-safe.
 */
final class HttpStream extends HttpHead.Known {
    static final int MAX_HEAD = 16 * 1024;
    private static final int FIRST_HEAD = 512;
    private static final int MAX_CHUNK_LINE = 64;

    /** What the stream found in a segment. */
    interface Listener {
        /** A whole message ended in this segment. */
        void message(HttpHead head, Packet packet);

        /** The segment carried HTTP data that ends no message (a continuation, a body to close). */
        void data(Packet packet);

        /** Whether the response being read answers a HEAD request (so has no body). */
        boolean answersHead();
    }

    /**
     * Where the direction is in its stream. Numbers, not an enum: the state changes a few times per
     * message, and storing a reference into this long-lived object passes the collector's write
     * barrier (a memory fence) each time.
     */
    private static final class State {
        static final int START = 0;
        static final int HEAD = 1;
        static final int LENGTH = 2;
        static final int CHUNK_SIZE = 3;
        static final int CHUNK_DATA = 4;
        static final int CHUNK_END = 5;
        static final int TRAILER = 6;
        static final int TO_CLOSE = 7;

        private State() {
        }
    }

    private final Listener listener;
    private int state = State.START;
    /** A header block spanning segments, grown on demand up to {@link #MAX_HEAD}; else null. */
    private byte[] head;
    private int headLength;
    private HttpHead pending;
    private long remaining;
    /** The chunk-size line being read, made with the first chunked message. */
    private StringBuilder chunkLine;
    private boolean trailerLineEmpty;

    HttpStream(Listener listener) {
        this.listener = listener;
    }

    void onSegment(Packet packet) {
        ByteBuffer buffer = packet.payloadBuffer();
        int at = packet.payloadOffset();
        int end = at + packet.payloadLength();
        boolean counted = false;
        while (at < end) {
            switch (state) {
                case State.START -> {
                    if (!HttpStart.isMessageStart(buffer, at, end - at)) {
                        if (!counted) {
                            listener.data(packet);
                        }
                        return; // not a message start: continuation data, as Wireshark calls it
                    }
                    state = State.HEAD;
                    headLength = 0;
                }
                case State.HEAD -> at = headLength == 0 ? wholeHead(buffer, at, end) : head(buffer, at, end);
                case State.LENGTH -> {
                    long take = Math.min(remaining, end - at);
                    remaining -= take;
                    at += (int) take;
                    if (remaining == 0) {
                        state = State.START;
                        complete(packet);
                        counted = true;
                    }
                }
                case State.CHUNK_SIZE, State.CHUNK_DATA, State.CHUNK_END, State.TRAILER -> {
                    at = chunked(buffer, at, end);
                    if (state == State.START) {
                        complete(packet);
                        counted = true;
                    }
                }
                case State.TO_CLOSE -> {
                    if (!counted) {
                        listener.data(packet);
                    }
                    return;
                }
            }
            if (state == State.HEAD && at >= end) {
                return; // header block continues in a later segment
            }
            if (pending != null && (state == State.START || state == State.TO_CLOSE)) {
                complete(packet);
                counted = true;
            }
        }
    }

    /**
     * A header block starting at {@code at}: parsed in place when it ends in this segment (the
     * common case, no copy kept), else collected. Returns where the body starts.
     */
    private int wholeHead(ByteBuffer buffer, int at, int end) {
        int limit = Math.min(end, at + MAX_HEAD);
        for (int i = at + 1; i < limit; i++) {
            if (buffer.get(i) == '\n' && endsHeadAt(buffer, at, i)) {
                body(HttpHead.parse(buffer, at, i + 1 - at, this));
                return i + 1;
            }
        }
        return head(buffer, at, end);
    }

    /** As {@link #endsHead()} for the LF at {@code i} of a block starting at {@code start}. */
    private static boolean endsHeadAt(ByteBuffer buffer, int start, int i) {
        return buffer.get(i - 1) == '\n' || (i - start >= 3 && buffer.get(i - 1) == '\r' && buffer.get(i - 2) == '\n');
    }

    /** Collects header bytes up to the empty line; returns where the body starts. */
    private int head(ByteBuffer buffer, int at, int end) {
        while (at < end) {
            byte b = buffer.get(at++);
            if (head == null || headLength == head.length) {
                if (headLength == MAX_HEAD) {
                    state = State.TO_CLOSE; // an endless header block: give up framing this direction
                    return end;
                }
                head = head == null ? new byte[FIRST_HEAD] : Arrays.copyOf(head, Math.min(MAX_HEAD, head.length * 2));
            }
            head[headLength++] = b;
            if (b == '\n' && endsHead()) {
                HttpHead parsed = HttpHead.parse(head, headLength, this);
                head = null;
                headLength = 0;
                body(parsed);
                return at;
            }
        }
        return at;
    }

    private boolean endsHead() {
        return (headLength >= 2 && head[headLength - 2] == '\n')
                || (headLength >= 4 && head[headLength - 2] == '\r' && head[headLength - 3] == '\n');
    }

    /** Decides how the body of a message whose head is complete is delimited. */
    private void body(HttpHead parsed) {
        pending = parsed;
        remember(parsed);
        boolean noBody;
        if (parsed.isRequest()) {
            noBody = !parsed.chunked() && parsed.contentLength() <= 0;
        } else {
            boolean answersHead = parsed.status() >= 200 && listener.answersHead(); // 1xx answers nothing yet
            noBody = parsed.status() < 200 || parsed.status() == 204 || parsed.status() == 304 || answersHead;
        }
        if (noBody) {
            state = State.START;
        } else if (parsed.chunked()) {
            state = State.CHUNK_SIZE;
            if (chunkLine == null) {
                chunkLine = new StringBuilder(16);
            }
            chunkLine.setLength(0);
        } else if (parsed.contentLength() >= 0) {
            remaining = parsed.contentLength();
            state = remaining == 0 ? State.START : State.LENGTH;
        } else {
            state = State.TO_CLOSE; // a response read until the connection closes
        }
    }

    /** Chunked transfer coding: size line, data, CRLF, ..., a zero size, trailer lines, empty line. */
    private int chunked(ByteBuffer buffer, int at, int end) {
        while (at < end && state != State.START) {
            if (state == State.CHUNK_DATA) {
                long take = Math.min(remaining, end - at);
                remaining -= take;
                at += (int) take;
                if (remaining == 0) {
                    state = State.CHUNK_END;
                }
                continue;
            }
            byte b = buffer.get(at++);
            if (state == State.CHUNK_END) {
                if (b == '\n') {
                    state = State.CHUNK_SIZE;
                    chunkLine.setLength(0);
                }
            } else if (state == State.CHUNK_SIZE) {
                if (b == '\n') {
                    long size = chunkSize();
                    if (size < 0) {
                        state = State.TO_CLOSE; // unreadable framing: count the rest as data
                        return at;
                    }
                    remaining = size;
                    state = size == 0 ? State.TRAILER : State.CHUNK_DATA;
                    trailerLineEmpty = true;
                } else if (chunkLine.length() < MAX_CHUNK_LINE) {
                    chunkLine.append((char) (b & 0xFF));
                }
            } else if (b == '\n') { // TRAILER
                if (trailerLineEmpty) {
                    state = State.START;
                }
                trailerLineEmpty = true;
            } else if (b != '\r') {
                trailerLineEmpty = false;
            }
        }
        return at;
    }

    private long chunkSize() {
        String line = chunkLine.toString();
        int semicolon = line.indexOf(';');
        String hex = (semicolon >= 0 ? line.substring(0, semicolon) : line).strip();
        try {
            return hex.isEmpty() || hex.length() > 12 ? -1 : Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void complete(Packet packet) {
        HttpHead done = pending;
        pending = null;
        if (done != null) {
            listener.message(done, packet);
        }
    }
}
