package io.plantwatch.simulate.protocol;

/**
 * S7comm over ISO-on-TCP (TPKT + COTP, port 102): connection set-up, SZL identity reads, cyclic
 * Read Var, and the engineering functions an attacker uses (download, PI start, PLC stop). Layouts
 * follow real Step 7 / TIA Portal traffic. Stateless.
 */
public final class S7comm {
    public static final int PORT = 102;
    public static final int FUNC_READ_VAR = 0x04;
    public static final int FUNC_SETUP = 0xF0;
    public static final int FUNC_REQUEST_DOWNLOAD = 0x1A;
    public static final int FUNC_DOWNLOAD_BLOCK = 0x1B;
    public static final int FUNC_DOWNLOAD_ENDED = 0x1C;
    public static final int FUNC_PI_SERVICE = 0x28;
    public static final int FUNC_PLC_STOP = 0x29;
    private static final int JOB = 0x01;
    private static final int ACK_DATA = 0x03;
    private static final int USERDATA = 0x07;
    private static final int SZL_MODULE_ID = 0x0011;
    private static final int SZL_COMPONENT_ID = 0x001C;
    private static final String BLOCK_DB1 = "0A00001P";

    private S7comm() {
    }

    /** What SZL 0x0011 and 0x001C tell: order number, firmware V{major}.{minor}.{patch}, names. */
    public record ModuleIdentity(String orderNumber, int major, int minor, int patch, String moduleTypeName,
                                 String stationName, String moduleName, String serialNumber) {
    }

    /** COTP connection request (rack 0, slot {@code slot}). */
    public static void connectRequest(FrameBuffer fb, int srcRef, int slot) {
        int tpkt = tpkt(fb);
        fb.u8(17).u8(0xE0).u16(0).u16(srcRef).u8(0).u8(0xC0).u8(1).u8(0x0A).u8(0xC1).u8(2).u16(0x0100)
                .u8(0xC2).u8(2).u16(0x0100 | slot);
        closeTpkt(fb, tpkt);
    }

    /** COTP connection confirm. */
    public static void connectConfirm(FrameBuffer fb, int dstRef, int srcRef, int slot) {
        int tpkt = tpkt(fb);
        fb.u8(17).u8(0xD0).u16(dstRef).u16(srcRef).u8(0).u8(0xC0).u8(1).u8(0x0A).u8(0xC1).u8(2).u16(0x0100)
                .u8(0xC2).u8(2).u16(0x0100 | slot);
        closeTpkt(fb, tpkt);
    }

    public static void setupRequest(FrameBuffer fb, int pduRef) {
        int tpkt = job(fb, pduRef, 8, 0);
        fb.u8(FUNC_SETUP).u8(0).u16(1).u16(1).u16(480);
        closeTpkt(fb, tpkt);
    }

    public static void setupResponse(FrameBuffer fb, int pduRef) {
        int tpkt = ackData(fb, pduRef, 8, 0);
        fb.u8(FUNC_SETUP).u8(0).u16(1).u16(1).u16(480);
        closeTpkt(fb, tpkt);
    }

    /** Userdata: read SZL {@code id} index 0 (all records). */
    public static void szlRequest(FrameBuffer fb, int pduRef, int sequence, int id) {
        int tpkt = userdataHeader(fb, pduRef, 8, 8);
        fb.u24(0x000112).u8(4).u8(0x11).u8(0x44).u8(0x01).u8(sequence);
        fb.u8(0xFF).u8(0x09).u16(4).u16(id).u16(0);
        closeTpkt(fb, tpkt);
    }

    /** Userdata response to {@link #szlRequest} for SZL 0x0011 (module identification). */
    public static void moduleIdResponse(FrameBuffer fb, int pduRef, int sequence, ModuleIdentity m) {
        int records = 3;
        int payload = 8 + records * 28;
        int tpkt = userdataHeader(fb, pduRef, 12, 4 + payload);
        szlResponseHead(fb, sequence, payload, SZL_MODULE_ID, 28, records);
        fb.u16(0x0001).asciiFixed(m.orderNumber(), 20, ' ').u16(0x0000).u16(0x0001).u16(0x0001);
        fb.u16(0x0006).asciiFixed(m.orderNumber(), 20, ' ').u16(0x0000).u16(0x0001).u16(0x0001);
        fb.u16(0x0007).asciiFixed("", 20, ' ').u16(0x0000).u16(('V' << 8) | m.major()).u16((m.minor() << 8) | m.patch());
        closeTpkt(fb, tpkt);
    }

    /** Userdata response for SZL 0x001C (component identification: names, serial, type name). */
    public static void componentIdResponse(FrameBuffer fb, int pduRef, int sequence, ModuleIdentity m) {
        int records = 6;
        int payload = 8 + records * 34;
        int tpkt = userdataHeader(fb, pduRef, 12, 4 + payload);
        szlResponseHead(fb, sequence, payload, SZL_COMPONENT_ID, 34, records);
        fb.u16(0x0001).asciiFixed(m.stationName(), 24, 0).fill(8, 0);
        fb.u16(0x0002).asciiFixed(m.moduleName(), 24, 0).fill(8, 0);
        fb.u16(0x0003).asciiFixed("", 32, 0);
        fb.u16(0x0004).asciiFixed("Original Siemens Equipment", 26, 0).fill(6, 0);
        fb.u16(0x0005).asciiFixed(m.serialNumber(), 24, 0).fill(8, 0);
        fb.u16(0x0007).asciiFixed(m.moduleTypeName(), 32, 0);
        closeTpkt(fb, tpkt);
    }

    /** Job: Read Var of {@code bytes} bytes from DB {@code db} at byte {@code address}. */
    public static void readVarRequest(FrameBuffer fb, int pduRef, int db, int address, int bytes) {
        int tpkt = job(fb, pduRef, 14, 0);
        fb.u8(FUNC_READ_VAR).u8(1).u8(0x12).u8(0x0A).u8(0x10).u8(0x02).u16(bytes).u16(db).u8(0x84).u24(address << 3);
        closeTpkt(fb, tpkt);
    }

    /** Ack-data of a Read Var: {@code bytes} bytes of process values. */
    public static void readVarResponse(FrameBuffer fb, int pduRef, int bytes, int seed) {
        int tpkt = ackData(fb, pduRef, 2, 4 + bytes);
        fb.u8(FUNC_READ_VAR).u8(1).u8(0xFF).u8(0x04).u16(bytes * 8);
        for (int i = 0; i < bytes; i++) {
            fb.u8((seed >>> (i & 15)) + i);
        }
        closeTpkt(fb, tpkt);
    }

    /** Job: request download of DB 1 (from the programming device). */
    public static void requestDownload(FrameBuffer fb, int pduRef) {
        int tpkt = job(fb, pduRef, 32, 0);
        fb.u8(FUNC_REQUEST_DOWNLOAD).u8(0).u8(1).fill(5, 0).u8(9).ascii("_" + BLOCK_DB1).u8(13).ascii("1000216000088");
        closeTpkt(fb, tpkt);
    }

    /** Job from the PLC asking for the block ({@code ended} = the closing "Download ended"). */
    public static void downloadBlockJob(FrameBuffer fb, int pduRef, boolean ended) {
        int tpkt = job(fb, pduRef, 18, 0);
        fb.u8(ended ? FUNC_DOWNLOAD_ENDED : FUNC_DOWNLOAD_BLOCK).fill(7, 0).u8(9).ascii("_" + BLOCK_DB1);
        closeTpkt(fb, tpkt);
    }

    /** Ack-data of "Download block" carrying the block's {@code bytes} bytes (from the programming device). */
    public static void downloadBlockData(FrameBuffer fb, int pduRef, int bytes) {
        int tpkt = ackData(fb, pduRef, 2, 4 + bytes);
        fb.u8(FUNC_DOWNLOAD_BLOCK).u8(0).u16(bytes).u16(0x00FB).u8(0x70).u8(0x70).u8(0x01).u8(0x01).u8(0x05)
                .u8(0x0A).u8(0).u8(1).fill(bytes - 8, 0);
        closeTpkt(fb, tpkt);
    }

    /** Job: PI service {@code _INSE} (activate the downloaded DB 1). */
    public static void insertBlock(FrameBuffer fb, int pduRef) {
        int tpkt = job(fb, pduRef, 26, 0);
        fb.u8(FUNC_PI_SERVICE).fill(6, 0).u8(0xFD).u16(10).u8(1).u8(0).ascii(BLOCK_DB1).u8(5).ascii("_INSE");
        closeTpkt(fb, tpkt);
    }

    /** Job: PLC stop. */
    public static void plcStop(FrameBuffer fb, int pduRef) {
        int tpkt = job(fb, pduRef, 16, 0);
        fb.u8(FUNC_PLC_STOP).fill(5, 0).u8(9).ascii("P_PROGRAM");
        closeTpkt(fb, tpkt);
    }

    /** Ack-data with no data for a job whose parameter is just its function code. */
    public static void ackFunction(FrameBuffer fb, int pduRef, int function) {
        int tpkt = ackData(fb, pduRef, 1, 0);
        fb.u8(function);
        closeTpkt(fb, tpkt);
    }

    private static void szlResponseHead(FrameBuffer fb, int sequence, int payload, int id, int recordLength, int records) {
        fb.u24(0x000112).u8(8).u8(0x12).u8(0x84).u8(0x01).u8(sequence).u8(0).u8(0).u16(0);
        fb.u8(0xFF).u8(0x09).u16(payload).u16(id).u16(0).u16(recordLength).u16(records);
    }

    private static int job(FrameBuffer fb, int pduRef, int parameterLength, int dataLength) {
        int tpkt = dataTpdu(fb);
        fb.u8(0x32).u8(JOB).u16(0).u16(pduRef).u16(parameterLength).u16(dataLength);
        return tpkt;
    }

    private static int ackData(FrameBuffer fb, int pduRef, int parameterLength, int dataLength) {
        int tpkt = dataTpdu(fb);
        fb.u8(0x32).u8(ACK_DATA).u16(0).u16(pduRef).u16(parameterLength).u16(dataLength).u16(0);
        return tpkt;
    }

    private static int userdataHeader(FrameBuffer fb, int pduRef, int parameterLength, int dataLength) {
        int tpkt = dataTpdu(fb);
        fb.u8(0x32).u8(USERDATA).u16(0).u16(pduRef).u16(parameterLength).u16(dataLength);
        return tpkt;
    }

    private static int dataTpdu(FrameBuffer fb) {
        int tpkt = tpkt(fb);
        fb.u8(2).u8(0xF0).u8(0x80);
        return tpkt;
    }

    private static int tpkt(FrameBuffer fb) {
        int start = fb.position();
        fb.u8(3).u8(0).u16(0);
        return start;
    }

    private static void closeTpkt(FrameBuffer fb, int start) {
        fb.putU16(start + 2, fb.position() - start);
    }
}
