package io.brandbridge.defaults.json;

import io.brandbridge.defaults.problem.Problem;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.body.ChunkedMessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.netty.body.NettyJsonHandler;
import io.micronaut.json.body.JsonMessageHandler;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads JSON request bodies strictly: before the framework binds a {@code @Body}, the document is checked
 * against the shape of its type, and every field that breaks it is reported at once. Answers read by
 * HTTP clients (no {@code @Body}) go straight to the framework's reader.
 */
@Singleton
@Order(JsonMessageHandler.ORDER - 1)
@JsonMessageHandler.ConsumesJson
final class StrictJsonBodyReader<T> implements ChunkedMessageBodyReader<T> {

    private final NettyJsonHandler<T> json;

    StrictJsonBodyReader(NettyJsonHandler<T> json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return json.isReadable(type, mediaType);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, ByteBuffer<?> byteBuffer) throws CodecException {
        if (isRequestBody(type)) {
            reject(type, byteBuffer.toByteArray());
        }
        return json.read(type, mediaType, httpHeaders, byteBuffer);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, InputStream inputStream) throws CodecException {
        if (!isRequestBody(type)) {
            return json.read(type, mediaType, httpHeaders, inputStream);
        }
        byte[] body;
        try {
            body = inputStream.readAllBytes();
        } catch (IOException e) {
            throw new CodecException("The request body could not be read", e);
        }
        reject(type, body);
        return json.read(type, mediaType, httpHeaders, new ByteArrayInputStream(body));
    }

    @Override
    public Publisher<? extends T> readChunked(Argument<T> type, MediaType mediaType, Headers httpHeaders, Publisher<ByteBuffer<?>> input) {
        return json.readChunked(type, mediaType, httpHeaders, input);
    }

    private static boolean isRequestBody(Argument<?> type) {
        return type.getAnnotationMetadata().hasAnnotation(Body.class);
    }

    private static void reject(Argument<?> type, byte[] body) {
        JsonShape shape = JsonShapes.of(type);
        if (!(shape instanceof JsonShape.ObjectOf || shape instanceof JsonShape.ListOf || shape instanceof JsonShape.MapOf)) {
            // A raw body (text, bytes, an arbitrary tree) is the handler's to read.
            return;
        }
        List<Problem.FieldError> errors = JsonBodyCheck.check(body, shape);
        if (!errors.isEmpty()) {
            JsonBodyRejected rejected = new JsonBodyRejected(errors);
            throw new CodecException(rejected.getMessage(), rejected);
        }
    }
}
