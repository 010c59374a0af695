package io.shogun.authkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.shogun.authkit.spi.JwtVerification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What keeps a long-running simulator's memory bounded: expired tokens are forgotten, the journal is capped. */
class BoundedStateTest {

    private final VirtualClock clock = new VirtualClock(Instant.parse("2025-01-15T10:00:00Z"));
    private final Accounts.Client client = new Accounts.Client("c", "s", "c", List.of("A"));

    @Test
    void tokens_manyIssuedThenExpired_areForgottenButStillAnsweredAsExpired() {
        Tokens tokens = new Tokens(clock);
        String first = tokens.issue(Tokens.Kind.INTEGRATION, client, 1, Duration.ofHours(1));
        for (int i = 0; i < Tokens.PRUNE_ABOVE; i++) {
            tokens.issue(Tokens.Kind.INTEGRATION, client, 1, Duration.ofHours(1));
        }
        assertThat(tokens.remembered()).isEqualTo(Tokens.PRUNE_ABOVE + 1);

        clock.advance(Duration.ofHours(1));
        String fresh = tokens.issue(Tokens.Kind.INTEGRATION, client, 1, Duration.ofHours(1));

        assertThat(tokens.remembered()).as("only the live token is left").isEqualTo(1);
        assertThat(tokens.check(fresh).issued()).isPresent();
        Tokens.Check forgotten = tokens.check(first);
        assertThat(forgotten.issued()).isEmpty();
        assertThat(forgotten.expired()).as("refused as expired, not as unknown").isTrue();
    }

    @Test
    void tokens_liveOnes_areNeverForgotten() {
        Tokens tokens = new Tokens(clock);
        for (int i = 0; i <= Tokens.PRUNE_ABOVE + 5; i++) {
            tokens.issue(Tokens.Kind.INTEGRATION, client, 1, Duration.ofHours(1));
        }

        assertThat(tokens.remembered()).isEqualTo(Tokens.PRUNE_ABOVE + 6);
    }

    @Test
    void journal_pastItsCapacity_keepsTheLatestAndCountsEveryRequest() {
        Journal journal = new Journal();
        SimRequest request = new SimRequest("GET", "/api/v1/x", "", Map.of(), new byte[0]);
        for (int i = 0; i < Journal.CAPACITY + 10; i++) {
            journal.record(clock.instant(), request, 200);
        }

        assertThat(journal.recorded()).isEqualTo(Journal.CAPACITY + 10);
        assertThat(journal.entries()).hasSize(Journal.CAPACITY);
        assertThat(journal.entries().get(0).sequence()).isEqualTo(11);
    }
}
