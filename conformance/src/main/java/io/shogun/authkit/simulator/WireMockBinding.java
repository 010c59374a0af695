package io.shogun.authkit.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands every non-admin request WireMock receives to the simulator's API logic and turns the answer back into a
 * WireMock response, faults and delays included. WireMock supplies the real HTTP server; no stubs are involved.
 */
final class WireMockBinding implements RequestFilterV2 {

    private final ShogunApi api;

    WireMockBinding(ShogunApi api) {
        this.api = api;
    }

    @Override
    public String getName() {
        return "shogun-api";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        return RequestFilterAction.stopWith(toWireMock(api.handle(toSim(request))));
    }

    @Override
    public boolean applyToAdmin() {
        return false;
    }

    @Override
    public boolean applyToStubs() {
        return true;
    }

    static SimRequest toSim(Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key(), String.join(", ", header.values()));
        }
        String url = request.getUrl();
        int query = url.indexOf('?');
        return new SimRequest(request.getMethod().getName(), query < 0 ? url : url.substring(0, query),
                query < 0 ? "" : url.substring(query + 1), headers, request.getBody());
    }

    static ResponseDefinition toWireMock(SimResponse response) {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition();
        if (response.fault() != null) {
            return builder.withFault(response.fault() == SimResponse.Fault.CONNECTION_RESET
                    ? Fault.CONNECTION_RESET_BY_PEER : Fault.EMPTY_RESPONSE).build();
        }
        builder.withStatus(response.status()).withBody(response.body());
        response.headers().forEach((name, value) -> builder.withHeader(name, value));
        if (response.delayMillis() > 0) {
            builder.withFixedDelay(response.delayMillis());
        }
        return builder.build();
    }
}
