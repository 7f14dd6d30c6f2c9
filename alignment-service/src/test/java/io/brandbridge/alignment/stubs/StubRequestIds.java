package io.brandbridge.alignment.stubs;

import io.brandbridge.defaults.requestid.RequestIds;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the request-id header of every call the stubbed services receive ("none" when it has none), in order. */
@Requires(property = "spec.name", value = StubServices.SPEC)
@ServerFilter(StubServices.BASE + "/**")
public class StubRequestIds {

    public static final String NONE = "none";

    public final List<String> received = new CopyOnWriteArrayList<>();

    @RequestFilter
    public void record(HttpRequest<?> request) {
        String id = request.getHeaders().get(RequestIds.HEADER);
        received.add(id == null ? NONE : id);
    }
}
