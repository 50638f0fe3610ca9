package io.plantwatch.decode.dns;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A DNS-format message (RFC 1035; also mDNS, LLMNR and NetBIOS name service) read from packet
 * bytes: header, questions and resource records with their data left in place. Reading is bounded
 * (records, name length, compression jumps), so hostile messages cost little. Every name is
 * checked when the message is read, but made into a string only when asked for: most names of
 * most messages are never looked at (questions are listed, too, when first asked for). Not
 * thread-safe; valid only while the packet's buffer is.
 */
public final class DnsMessage {
    public static final int TYPE_A = 1;
    public static final int TYPE_NS = 2;
    public static final int TYPE_CNAME = 5;
    public static final int TYPE_PTR = 12;
    public static final int TYPE_TXT = 16;
    public static final int TYPE_AAAA = 28;
    public static final int TYPE_SRV = 33;
    /** NetBIOS general name service record (NBNS), and its node status record. */
    public static final int TYPE_NB = 32;
    public static final int TYPE_NBSTAT = 33;

    private static final int HEADER = 12;
    private static final int MAX_QUESTIONS = 32;
    private static final int MAX_RECORDS = 128;
    private static final int MAX_NAME = 255;
    private static final int MAX_JUMPS = 16;

    /** One question; its name is read from the message when asked for. */
    public record Question(DnsMessage message, int nameOffset, int type) {
        public String name() {
            return message.nameAt(nameOffset);
        }
    }

    /**
     * One resource record; {@code dataOffset} indexes the message's buffer; its name is read from
     * the message when asked for.
     */
    public record Record(DnsMessage message, int nameOffset, int type, int dataOffset, int dataLength) {
        public String name() {
            return message.nameAt(nameOffset);
        }
    }

    private final ByteBuffer buffer;
    private final int start;
    private final int end;
    private final int id;
    private final int flags;
    /** How many questions there are (up to {@link #MAX_QUESTIONS}); listed when first asked for. */
    private final int questionCount;
    private List<Question> questions;
    /** Made with the first record: a query has none. */
    private List<Record> answers = List.of();
    /** Where the first question's name starts; -1 when there is no question. */
    private final int firstQuestion;

    private DnsMessage(ByteBuffer buffer, int start, int end, int id, int flags, int questionCount, int recordCount) {
        this.buffer = buffer;
        this.start = start;
        this.end = end;
        this.id = id;
        this.flags = flags;
        this.questionCount = Math.min(questionCount, MAX_QUESTIONS);
        this.firstQuestion = questionCount > 0 ? start + HEADER : -1;
        if (recordCount > 0) {
            this.answers = new ArrayList<>(Math.min(recordCount, 8));
        }
    }

    /**
     * Reads a message occupying {@code length} bytes at {@code offset}. Answer, authority and
     * additional records are all returned as answers, in order.
     */
    public static DnsMessage read(ByteBuffer buffer, int offset, int length) throws DnsFormatException {
        if (length < HEADER) {
            throw new DnsFormatException("shorter than a DNS header");
        }
        int end = offset + length;
        int id = buffer.getShort(offset) & 0xFFFF;
        int flags = buffer.getShort(offset + 2) & 0xFFFF;
        int qd = buffer.getShort(offset + 4) & 0xFFFF;
        int records = (buffer.getShort(offset + 6) & 0xFFFF) + (buffer.getShort(offset + 8) & 0xFFFF)
                + (buffer.getShort(offset + 10) & 0xFFFF);
        DnsMessage message = new DnsMessage(buffer, offset, end, id, flags, qd, records);
        int at = offset + HEADER;
        for (int i = 0; i < qd; i++) {
            at = readName(buffer, offset, end, at, null);
            need(at + 4, end, "question");
            at += 4;
        }
        for (int i = 0; i < records && i < MAX_RECORDS; i++) {
            int name = at;
            at = readName(buffer, offset, end, at, null);
            need(at + 10, end, "record header");
            int type = buffer.getShort(at) & 0xFFFF;
            int dataLength = buffer.getShort(at + 8) & 0xFFFF;
            int data = at + 10;
            need(data + dataLength, end, "record data");
            message.answers.add(new Record(message, name, type, data, dataLength));
            at = data + dataLength;
        }
        return message;
    }

    /** The name at {@code offset}, which {@link #read} has checked. */
    private String nameAt(int offset) {
        StringBuilder name = new StringBuilder(32);
        try {
            readName(buffer, start, end, offset, name);
        } catch (DnsFormatException e) {
            throw new IllegalStateException("a name checked when the message was read", e);
        }
        return name.toString();
    }

    private static void need(int index, int end, String what) throws DnsFormatException {
        if (index > end) {
            throw new DnsFormatException("truncated " + what);
        }
    }

    /**
     * Reads a possibly compressed name at {@code at}, into {@code name} when given (else only
     * checked); returns where the name's bytes end in place (after its first pointer, if any).
     */
    private static int readName(ByteBuffer buffer, int start, int end, int at, StringBuilder name)
            throws DnsFormatException {
        int nameLength = 0; // what name.length() is (or would be)
        int position = at;
        int after = -1;
        int jumps = 0;
        boolean jumped = false;
        while (true) {
            need(position + 1, end, "name");
            int length = buffer.get(position) & 0xFF;
            if (length == 0) {
                position++;
                break;
            }
            if ((length & 0xC0) == 0xC0) {
                need(position + 2, end, "name pointer");
                int target = start + (((length & 0x3F) << 8) | (buffer.get(position + 1) & 0xFF));
                if (!jumped) {
                    after = position + 2;
                    jumped = true;
                }
                if (++jumps > MAX_JUMPS || target >= end) {
                    throw new DnsFormatException("name pointer loop or out of range");
                }
                position = target;
                continue;
            }
            if ((length & 0xC0) != 0) {
                throw new DnsFormatException("unknown label type");
            }
            need(position + 1 + length, end, "label");
            if (nameLength + length + 1 > MAX_NAME) {
                throw new DnsFormatException("name longer than 255");
            }
            nameLength += nameLength > 0 ? length + 1 : length;
            if (name != null) {
                if (name.length() > 0) {
                    name.append('.');
                }
                for (int i = 0; i < length; i++) {
                    int c = buffer.get(position + 1 + i) & 0xFF;
                    name.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
                }
            }
            position += 1 + length;
        }
        return jumped ? after : position;
    }

    public int id() {
        return id;
    }

    public int flags() {
        return flags;
    }

    public boolean isResponse() {
        return (flags & 0x8000) != 0;
    }

    /** The opcode (0 query; NBNS: 5 registration, 6 release, 8 refresh). */
    public int opcode() {
        return (flags >>> 11) & 0xF;
    }

    public int rcode() {
        return flags & 0xF;
    }

    /** The questions (at most 32), listed from the bytes {@link #read} checked. */
    public List<Question> questions() {
        if (questions == null) {
            List<Question> listed = new ArrayList<>(questionCount);
            int at = start + HEADER;
            try {
                for (int i = 0; i < questionCount; i++) {
                    int name = at;
                    at = readName(buffer, start, end, at, null);
                    listed.add(new Question(this, name, buffer.getShort(at) & 0xFFFF));
                    at += 4;
                }
            } catch (DnsFormatException e) {
                throw new IllegalStateException("questions checked when the message was read", e);
            }
            questions = listed;
        }
        return questions;
    }

    /**
     * The length of the first question's name as it lies on the wire (its labels and the closing
     * zero), or -1 when there is no question or the name has a pointer: a name without pointer is
     * told by its bytes alone, so a caller may remember what it made of them.
     */
    public int plainFirstQuestionLength() {
        if (firstQuestion < 0) {
            return -1;
        }
        int position = firstQuestion;
        while (true) {
            int length = buffer.get(position) & 0xFF; // read() checked the name
            if (length == 0) {
                return position + 1 - firstQuestion;
            }
            if ((length & 0xC0) != 0) {
                return -1;
            }
            position += 1 + length;
        }
    }

    /** Whether the first question's name lies on the wire as {@code wire} (see {@link #plainFirstQuestionLength}). */
    public boolean firstQuestionIs(byte[] wire, int length) {
        if (firstQuestion < 0 || length > end - firstQuestion) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buffer.get(firstQuestion + i) != wire[i]) {
                return false;
            }
        }
        return true;
    }

    /** Copies the first question's name as it lies on the wire, {@code length} bytes. */
    public byte[] firstQuestionBytes(int length) {
        byte[] wire = new byte[length];
        buffer.get(firstQuestion, wire);
        return wire;
    }

    /** Answer, authority and additional records, in wire order. */
    public List<Record> answers() {
        return answers;
    }

    public ByteBuffer buffer() {
        return buffer;
    }

    /** The name in a record's data at its start (PTR, CNAME, NS) or after {@code skip} bytes (SRV: 6). */
    public String nameIn(Record record, int skip) throws DnsFormatException {
        StringBuilder name = new StringBuilder(32);
        readName(buffer, start, end, record.dataOffset() + skip, name);
        return name.toString();
    }

    /** The IPv4 address of an A record as an int. */
    public int ipv4(Record record) throws DnsFormatException {
        if (record.dataLength() != 4) {
            throw new DnsFormatException("A record of " + record.dataLength() + " bytes");
        }
        return buffer.getInt(record.dataOffset());
    }
}
