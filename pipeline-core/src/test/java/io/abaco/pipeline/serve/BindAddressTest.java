package io.abaco.pipeline.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.config.model.ServeConfig;
import io.abaco.error.UsageException;
import org.junit.jupiter.api.Test;

class BindAddressTest {
    @Test
    void an_absent_or_blank_host_is_ipv4_loopback() {
        for (String host : new String[] {null, "", "  "}) {
            BindAddress bind = BindAddress.of(new ServeConfig(host, 8321, 0));
            assertThat(bind.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(bind.address().getPort()).isEqualTo(8321);
            assertThat(bind.loopback()).isTrue();
            assertThat(bind.configuredHost()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void loopback_names_are_loopback_and_the_wildcard_is_not() {
        assertThat(BindAddress.of(new ServeConfig("localhost", 0, 0)).loopback())
                .isTrue();
        assertThat(BindAddress.of(new ServeConfig("::1", 0, 0)).loopback()).isTrue();
        assertThat(BindAddress.of(new ServeConfig("0.0.0.0", 0, 0)).loopback()).isFalse();
        assertThat(BindAddress.of(new ServeConfig("10.1.2.3", 0, 0)).loopback()).isFalse();
    }

    @Test
    void an_unusable_host_names_the_key() {
        // a malformed literal: refused without a DNS lookup, so the test sends nothing off loopback
        assertThatThrownBy(() -> BindAddress.of(new ServeConfig("[::1", 0, 0)))
                .isInstanceOf(UsageException.class)
                .hasMessage("serve.host: cannot resolve '[::1'");
    }
}
