package io.brandbridge.defaults.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Derives the JSON shape a Java type binds from, once per type, from its compile-time introspection. */
final class JsonShapes {

    private static final Map<Argument<?>, JsonShape> CACHE = new ConcurrentHashMap<>();
    private static final JsonShape ANYTHING = new JsonShape.Anything();

    private JsonShapes() {
    }

    static JsonShape of(Argument<?> argument) {
        JsonShape cached = CACHE.get(argument);
        if (cached == null) {
            cached = shape(argument, new HashSet<>());
            CACHE.putIfAbsent(argument, cached);
        }
        return cached;
    }

    private static JsonShape shape(Argument<?> argument, Set<Class<?>> enclosing) {
        Class<?> type = argument.getType();
        if (type == String.class || type == CharSequence.class) {
            return new JsonShape.Text(TextFormat.PLAIN, argument.getAnnotationMetadata().hasAnnotation(MultilineText.class));
        }
        if (type.isEnum()) {
            return new JsonShape.OneOf(Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (type == boolean.class || type == Boolean.class) {
            return new JsonShape.Bool();
        }
        JsonShape number = numberShape(type);
        if (number != null) {
            return number;
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return new JsonShape.Text(TextFormat.DATE_TIME, false);
        }
        if (type == LocalDate.class) {
            return new JsonShape.Text(TextFormat.DATE, false);
        }
        if (type == Optional.class) {
            return shape(typeParameter(argument, 0), enclosing);
        }
        if (type.isArray() && type != byte[].class) {
            return new JsonShape.ListOf(shape(Argument.of(type.getComponentType()), enclosing));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return new JsonShape.ListOf(shape(typeParameter(argument, 0), enclosing));
        }
        if (Map.class.isAssignableFrom(type)) {
            return new JsonShape.MapOf(shape(typeParameter(argument, 1), enclosing));
        }
        if (type == Object.class || !enclosing.add(type)) {
            return ANYTHING;
        }
        try {
            return BeanIntrospector.SHARED.findIntrospection(type)
                    .<JsonShape>map(introspection -> objectShape(introspection, enclosing))
                    .orElse(ANYTHING);
        } finally {
            enclosing.remove(type);
        }
    }

    private static JsonShape numberShape(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return whole(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class || type == Long.class) {
            return whole(Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == short.class || type == Short.class) {
            return whole(Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (type == byte.class || type == Byte.class) {
            return whole(Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        if (type == BigInteger.class) {
            return new JsonShape.WholeNumber(null, null);
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class || type == Number.class) {
            return new JsonShape.Decimal();
        }
        return null;
    }

    private static JsonShape whole(long min, long max) {
        return new JsonShape.WholeNumber(BigInteger.valueOf(min), BigInteger.valueOf(max));
    }

    private static JsonShape objectShape(BeanIntrospection<?> introspection, Set<Class<?>> enclosing) {
        Map<String, JsonShape.Property> properties = new LinkedHashMap<>();
        for (Argument<?> parameter : introspection.getConstructorArguments()) {
            add(properties, parameter, enclosing);
        }
        for (BeanProperty<?, ?> property : introspection.getBeanProperties()) {
            if (!property.isReadOnly()) {
                add(properties, property.asArgument(), enclosing);
            }
        }
        return new JsonShape.ObjectOf(Map.copyOf(properties));
    }

    private static void add(Map<String, JsonShape.Property> properties, Argument<?> argument, Set<Class<?>> enclosing) {
        if (argument.getAnnotationMetadata().hasAnnotation(JsonIgnore.class)) {
            return;
        }
        String name = argument.getAnnotationMetadata().stringValue(JsonProperty.class).filter(n -> !n.isEmpty()).orElse(argument.getName());
        properties.putIfAbsent(name, new JsonShape.Property(shape(argument, enclosing), !argument.getType().isPrimitive()));
    }

    private static Argument<?> typeParameter(Argument<?> argument, int index) {
        Argument<?>[] parameters = argument.getTypeParameters();
        return parameters.length > index ? parameters[index] : Argument.OBJECT_ARGUMENT;
    }
}
