package io.plantwatch.simulate.dialogue;

import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.S7comm;
import io.plantwatch.simulate.traffic.Dialogue;

/**
 * What an engineering tool (or an attacker with one) does to an S7 PLC in one connection: a program
 * download of DB 1 (request download, the PLC's download-block and download-ended jobs, PI _INSE),
 * or a PLC stop. Layouts follow Step 7 captures. Not thread-safe.
 */
public final class S7Engineering implements Dialogue {
    private static final boolean[] DOWNLOAD_FROM_CLIENT = {true, false, true, false, true, false, false, true, false,
        true, true, false};
    private static final boolean[] STOP_FROM_CLIENT = {true, false, true, false, true, false};

    private final boolean download;
    private int pduRef = 0x0100;
    private int plcPduRef = 0x0065;

    private S7Engineering(boolean download) {
        this.download = download;
    }

    public static S7Engineering download() {
        return new S7Engineering(true);
    }

    public static S7Engineering stop() {
        return new S7Engineering(false);
    }

    @Override
    public int openingLength() {
        return download ? DOWNLOAD_FROM_CLIENT.length : STOP_FROM_CLIENT.length;
    }

    @Override
    public boolean openingFromClient(int message) {
        return download ? DOWNLOAD_FROM_CLIENT[message] : STOP_FROM_CLIENT[message];
    }

    @Override
    public void writeOpening(int message, FrameBuffer fb) {
        switch (message) {
            case 0 -> S7comm.connectRequest(fb, 0x0001, 2);
            case 1 -> S7comm.connectConfirm(fb, 0x0001, 0x0044, 2);
            case 2 -> S7comm.setupRequest(fb, ++pduRef);
            case 3 -> S7comm.setupResponse(fb, pduRef);
            default -> {
                if (download) {
                    writeDownload(message, fb);
                } else if (message == 4) {
                    S7comm.plcStop(fb, ++pduRef);
                } else {
                    S7comm.ackFunction(fb, pduRef, S7comm.FUNC_PLC_STOP);
                }
            }
        }
    }

    private void writeDownload(int message, FrameBuffer fb) {
        switch (message) {
            case 4 -> S7comm.requestDownload(fb, ++pduRef);
            case 5 -> S7comm.ackFunction(fb, pduRef, S7comm.FUNC_REQUEST_DOWNLOAD);
            case 6 -> S7comm.downloadBlockJob(fb, ++plcPduRef, false);
            case 7 -> S7comm.downloadBlockData(fb, plcPduRef, 216);
            case 8 -> S7comm.downloadBlockJob(fb, ++plcPduRef, true);
            case 9 -> S7comm.ackFunction(fb, plcPduRef, S7comm.FUNC_DOWNLOAD_ENDED);
            case 10 -> S7comm.insertBlock(fb, ++pduRef);
            default -> S7comm.ackFunction(fb, pduRef, S7comm.FUNC_PI_SERVICE);
        }
    }
}
