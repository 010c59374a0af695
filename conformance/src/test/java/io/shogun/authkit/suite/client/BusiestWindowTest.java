package io.shogun.authkit.suite.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.shogun.authkit.simulator.Journal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The BACKOFF check counts token requests in a sliding lockout window, not over the whole check. */
class BusiestWindowTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Test
    void busiestWindow_threeRequestsThenThreeMoreAfterTheWindow_isThree() {
        assertThat(ClientChecks.busiestWindow(at(0, 0.7, 2.4, 962.4, 963.4, 965.0), WINDOW)).isEqualTo(3);
    }

    @Test
    void busiestWindow_fiveRequestsWithinFifteenMinutes_isFive() {
        assertThat(ClientChecks.busiestWindow(at(0, 60, 300, 600, 899.9, 2000), WINDOW)).isEqualTo(5);
    }

    @Test
    void busiestWindow_requestsExactlyOneWindowApart_areNotInTheSameWindow() {
        assertThat(ClientChecks.busiestWindow(at(0, 900, 1800), WINDOW)).isEqualTo(1);
    }

    @Test
    void busiestWindow_noRequests_isZero() {
        assertThat(ClientChecks.busiestWindow(List.of(), WINDOW)).isZero();
    }

    private static List<Journal.Entry> at(double... seconds) {
        Instant start = Instant.parse("2024-01-15T10:00:00Z");
        return Arrays.stream(seconds)
                .mapToObj(second -> new Journal.Entry(0, start.plusMillis(Math.round(second * 1000)), null, 401))
                .toList();
    }
}
