package org.sealane.live;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free ports on 127.0.0.1 for servers started in processes of their own. */
final class LoopbackPorts {

    private LoopbackPorts() {}

    /**
     * A free port whose next port is free too: bin/kafka puts its controller there, and
     * bin/flink-cluster its JobManager's RPC.
     */
    static int freePair() throws IOException {
        while (true) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            try (ServerSocket next =
                    new ServerSocket(port + 1, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
    }
}
