package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.brands.BrandDataPolicies;
import io.brandbridge.touchpoint.support.DbTimes;
import io.brandbridge.touchpoint.touchpoints.TouchpointService;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a push of the first records of a body would store, without storing anything: the body is read by the same formats
 * and checked by the same {@link RecordValidator}, under the brand's personal-data guard, and errors are reported as the push
 * reports them. customerRef is shown as given, since the pseudonym is made only when a record is stored.
 */
@Singleton
public final class IngestPreview {

    /** The most records a preview reads; the answer says when the body had more. */
    public static final int MAX_RECORDS = 100;
    private static final Argument<Map<String, Object>> METRICS = Argument.mapOf(String.class, Object.class);
    private static final Argument<Map<String, String>> ATTRIBUTES = Argument.mapOf(String.class, String.class);

    private final TouchpointService touchpoints;
    private final IngestFormats formats;
    private final RecordValidator validator;
    private final BrandDataPolicies policies;
    private final IngestLimits limits;
    private final JsonMapper json;
    private final Clock clock;

    IngestPreview(TouchpointService touchpoints, IngestFormats formats, RecordValidator validator, BrandDataPolicies policies,
                  IngestLimits limits, JsonMapper json, Clock clock) {
        this.touchpoints = touchpoints;
        this.formats = formats;
        this.validator = validator;
        this.policies = policies;
        this.limits = limits;
        this.json = json;
        this.clock = clock;
    }

    /** Previews {@code body} read through the touchpoint's profile {@code mapping}. */
    public PreviewReport previewMapping(String touchpointId, MediaType type, InputStream body, String mapping, Caller caller) {
        String brandId = touchpoints.requireInScope(touchpointId, caller).brandId();
        boolean guardPersonalData = policies.policy(brandId).piiGuard();
        Instant now = clock.instant();
        RequestBodyStream stream = new RequestBodyStream(body);
        try (RecordSource source = formats.open(type, stream, null, mapping, touchpointId)) {
            ReportBuilder report = new ReportBuilder(limits.maxErrors());
            List<PreviewRecord> records = new ArrayList<>();
            RawRecord raw;
            while (report.received() < MAX_RECORDS && (raw = source.next()) != null) {
                report.countReceived();
                ValidRecord valid = validator.validate(raw, now, guardPersonalData);
                if (valid == null) {
                    report.rejected(raw);
                } else {
                    records.add(shown(valid, raw.sourceVersion));
                }
            }
            boolean more = report.received() == MAX_RECORDS && source.next() != null;
            IngestReport counts = report.build();
            return new PreviewReport(counts.received(), records.size(), counts.rejected(), more, records, counts.errors());
        } catch (IOException e) {
            if (BodyProblems.isOverSizeLimit(e)) {
                throw BodyProblems.overSizeLimit();
            }
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw BodyProblems.isOverSizeLimit(e) ? BodyProblems.overSizeLimit() : e;
        } finally {
            stream.finish();
        }
    }

    private PreviewRecord shown(ValidRecord r, String sourceVersion) throws IOException {
        Instant occurredAt = DbTimes.fromDb(LocalDateTime.parse(r.occurredAt().replace(' ', 'T')));
        Map<String, String> attributes = r.attributesJson() == null ? Map.of() : json.readValue(r.attributesJson(), ATTRIBUTES);
        return new PreviewRecord(r.externalId(), occurredAt, r.journeyId(), r.customerRef(),
                sourceVersion == null || sourceVersion.isEmpty() ? null : sourceVersion.strip(), json.readValue(r.metricsJson(), METRICS),
                attributes);
    }
}
