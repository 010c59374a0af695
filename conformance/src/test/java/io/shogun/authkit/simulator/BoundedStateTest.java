package io.shogun.authkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.shogun.authkit.vectors.ShogunProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What keeps a long-running simulator's memory bounded: expired tokens are forgotten, the journal is capped, made-up
 * client ids are remembered up to a limit.
 */
class BoundedStateTest {

    private final VirtualClock clock = new VirtualClock(Instant.parse("2025-01-15T10:00:00Z"));
    private static final ShogunProfile.Lockout LOCKOUT = new ShogunProfile.Lockout(5, Duration.ofMinutes(15),
            Duration.ofMinutes(30), 429, true);

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

    @Test
    void accounts_floodOfMadeUpClientIds_remembersAtMostTheCapacity() {
        Accounts accounts = new Accounts(LOCKOUT, Set.of());
        for (int i = 0; i < 3 * Accounts.UNKNOWN_CAPACITY; i++) {
            accounts.tryClient("made-up-" + i, "wrong", clock.instant());
        }

        assertThat(accounts.unknownRemembered()).isBetween(1, Accounts.UNKNOWN_CAPACITY);
    }

    @Test
    void accounts_unknownClientId_isLockedOutLikeAKnownOne() {
        Accounts accounts = new Accounts(LOCKOUT, Set.of());
        for (int i = 0; i < LOCKOUT.maxFailures(); i++) {
            assertThat(accounts.tryClient("made-up", "wrong", clock.instant()).attempt())
                    .isEqualTo(Accounts.Attempt.REFUSED);
        }

        assertThat(accounts.tryClient("made-up", "wrong", clock.instant()).attempt())
                .isEqualTo(Accounts.Attempt.LOCKED);
    }

    @Test
    void accounts_floodOfMadeUpClientIds_keepsAKnownClientsLockout() {
        Accounts accounts = new Accounts(LOCKOUT, Set.of());
        accounts.addClient("known", "sk_sim_known", "known", List.of("A"));
        for (int i = 0; i < LOCKOUT.maxFailures(); i++) {
            accounts.tryClient("known", "wrong", clock.instant());
        }
        for (int i = 0; i < 2 * Accounts.UNKNOWN_CAPACITY; i++) {
            accounts.tryClient("made-up-" + i, "wrong", clock.instant());
        }

        assertThat(accounts.tryClient("known", "sk_sim_known", clock.instant()).attempt())
                .isEqualTo(Accounts.Attempt.LOCKED);
    }

    @Test
    void accounts_idleUnknownIds_areForgottenFirst() {
        Accounts accounts = new Accounts(LOCKOUT, Set.of());
        for (int i = 0; i < LOCKOUT.maxFailures(); i++) {
            accounts.tryClient("locked-stranger", "wrong", clock.instant());
        }
        for (int i = 1; i < Accounts.UNKNOWN_CAPACITY; i++) {
            accounts.tryClient("made-up-" + i, "wrong", clock.instant());
        }
        clock.advance(LOCKOUT.window().plusSeconds(1));

        accounts.tryClient("one-more", "wrong", clock.instant());

        assertThat(accounts.unknownRemembered()).as("the locked one and the newcomer").isEqualTo(2);
        assertThat(accounts.tryClient("locked-stranger", "wrong", clock.instant()).attempt())
                .isEqualTo(Accounts.Attempt.LOCKED);
    }
}
