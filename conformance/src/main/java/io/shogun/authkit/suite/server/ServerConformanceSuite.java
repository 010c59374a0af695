package io.shogun.authkit.suite.server;

import io.shogun.authkit.suite.CheckFailure;
import io.shogun.authkit.suite.Requirement;
import io.shogun.authkit.suite.RequirementCatalogue;
import io.shogun.authkit.vectors.GoldenVectors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server suite: replays every documented and modelled API exchange of the vectors against a Shogun-compatible
 * server and checks token claims and lifetime, lockout, rotation and cookie attributes, filed under the SERVER-*
 * requirements. The server is an embedded simulator unless {@code shogun.server} names a base URL.
 */
@DisplayName("Shogun server behaviour")
@ExtendWith(ServerResolver.class)
public class ServerConformanceSuite {

    @TestFactory
    @DisplayName("API exchanges and server checks")
    Stream<DynamicNode> serverChecks(ServerUnderTest server) {
        GoldenVectors vectors = GoldenVectors.load();
        List<ServerChecks.Check> checks = new ServerChecks(server, vectors.profile())
                .all(vectors.apiExchanges().tests());
        Map<Requirement, List<ServerChecks.Check>> filed = new LinkedHashMap<>();
        RequirementCatalogue.bundled().area(ServerChecks.AREA)
                .forEach(requirement -> filed.put(requirement, new java.util.ArrayList<>()));
        checks.forEach(check -> filed.get(check.requirement()).add(check));
        return filed.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> DynamicContainer.dynamicContainer(
                        entry.getKey().label() + " " + entry.getKey().title(),
                        entry.getValue().stream().map(check -> DynamicTest.dynamicTest(check.name(), () -> {
                            try {
                                check.body().run();
                            } catch (AssertionError e) {
                                throw new CheckFailure(check.requirement(), e.getMessage());
                            }
                        }))));
    }
}
