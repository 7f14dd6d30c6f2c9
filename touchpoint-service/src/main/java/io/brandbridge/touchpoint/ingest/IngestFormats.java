package io.brandbridge.touchpoint.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import io.brandbridge.defaults.json.JsonReadLimits;
import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Picks the record reader for a push: a mapping profile, a vendor format, or the native format of its content type. */
@Singleton
public final class IngestFormats {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";
    public static final String AMAZON_CONNECT_CTR = "application/vnd.brandbridge.amazon-connect-ctr+json";
    public static final String GENESYS_CONVERSATIONS = "application/vnd.brandbridge.genesys-conversations+json";
    public static final String ZENDESK_TALK_CALLS = "application/vnd.brandbridge.zendesk-talk-calls+json";

    private final JsonFactory json;
    private final IngestLimits limits;
    private final Map<String, VendorFormat> vendorsByName = new TreeMap<>();
    private final Map<String, VendorFormat> vendorsByType = new TreeMap<>();
    private final MappingProfiles profiles;

    IngestFormats(IngestLimits limits, List<VendorFormat> vendors, MappingProfiles profiles) {
        this.limits = limits;
        this.profiles = profiles;
        this.json = JsonFactory.builder()
                .streamReadConstraints(JsonReadLimits.constraints().maxStringLength(limits.maxRecordBytes()).build())
                .build();
        for (VendorFormat vendor : vendors) {
            vendorsByName.put(vendor.name(), vendor);
            vendorsByType.put(vendor.mediaType(), vendor);
        }
    }

    /** The vendor format names {@code ?format=} accepts, in order. */
    public List<String> vendorFormats() {
        return List.copyOf(vendorsByName.keySet());
    }

    RecordSource open(MediaType type, InputStream body, @Nullable String format, @Nullable String mapping, String touchpointId)
            throws IOException {
        requireUtf8(type);
        String name = type.getName();
        if (format != null && mapping != null) {
            throw ProblemException.badRequest("mapping", "must not be given together with format");
        }
        if (mapping != null) {
            return profiles.open(touchpointId, mapping, type, body);
        }
        VendorFormat vendor = vendorsByType.get(name);
        if (format != null) {
            VendorFormat named = vendorsByName.get(format);
            if (named == null) {
                throw ProblemException.badRequest("format", "must be one of " + String.join(", ", vendorsByName.keySet()));
            }
            if (vendor != null && vendor != named || vendor == null && !name.equals(MediaType.APPLICATION_JSON) && !name.equals(NDJSON)) {
                throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "A vendor format is sent as application/json, application/x-ndjson or " + named.mediaType());
            }
            return named.open(body, name.equals(NDJSON));
        }
        if (vendor != null) {
            return vendor.open(body, false);
        }
        if (name.equals(MediaType.APPLICATION_JSON)) {
            return new JsonSource(json, body);
        }
        if (name.equals(NDJSON)) {
            return new NdjsonSource(json, body, limits.maxRecordBytes());
        }
        if (name.equals(CSV)) {
            return new CsvSource(body, limits.maxRecordBytes());
        }
        throw unsupported();
    }

    /** The answer to a {@code mapping} that names no profile of the touchpoint. */
    public static ProblemException unknownMapping(String mapping) {
        return new ProblemException(HttpStatus.NOT_FOUND, "mapping: the touchpoint has no mapping profile named '" + mapping + "'",
                List.of(new Problem.FieldError("mapping", "names no mapping profile of this touchpoint")), Map.of());
    }

    private static void requireUtf8(MediaType type) {
        Charset charset = type.getCharset().orElse(StandardCharsets.UTF_8);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Interaction bodies must be UTF-8");
        }
    }

    static ProblemException unsupported() {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send application/json (an object or an array), application/x-ndjson, text/csv or a vendor format ("
                        + "?format=amazon-connect-ctr, genesys-conversations or zendesk-talk-calls)");
    }
}
