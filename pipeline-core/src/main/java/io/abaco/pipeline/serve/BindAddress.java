package io.abaco.pipeline.serve;

import io.abaco.config.model.ServeConfig;
import io.abaco.error.UsageException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * Where the service listens, from {@code serve.host} and {@code serve.port}.
 *
 * <p>Loopback unless told otherwise: an absent or blank host means {@value #DEFAULT_HOST}. A host that is not a
 * loopback address is only ever bound because the operator wrote it into the configuration, and
 * {@link #loopback()} lets the service log that it did so.
 *
 * @param address the resolved socket address; port 0 asks the system for a free port
 * @param configuredHost the host as configured, or {@value #DEFAULT_HOST} when it was not
 */
record BindAddress(InetSocketAddress address, String configuredHost) {
    static final String DEFAULT_HOST = "127.0.0.1";

    /** @throws UsageException if the port is out of range or the host cannot be resolved (names {@code serve.*}) */
    static BindAddress of(ServeConfig config) {
        String host = config.host() == null || config.host().isBlank()
                ? DEFAULT_HOST
                : config.host().strip();
        if (config.port() < 0 || config.port() > 65_535) {
            throw new UsageException(
                    "serve.port: " + config.port() + " is not a TCP port (0-65535; 0 picks a free one)");
        }
        try {
            return new BindAddress(new InetSocketAddress(InetAddress.getByName(host), config.port()), host);
        } catch (UnknownHostException e) {
            throw new UsageException("serve.host: cannot resolve '" + host + "'");
        }
    }

    boolean loopback() {
        return address.getAddress().isLoopbackAddress();
    }
}
