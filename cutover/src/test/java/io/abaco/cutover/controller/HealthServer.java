package io.abaco.cutover.controller;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server answering {@code GET /health} with a status code the test can change. */
final class HealthServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);

    HealthServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/health";
    }

    void answer(int code) {
        status.set(code);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
