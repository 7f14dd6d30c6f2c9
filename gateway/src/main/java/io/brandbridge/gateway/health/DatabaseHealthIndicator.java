package io.brandbridge.gateway.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.Map;

/**
 * The gateway's database in readiness, as Micronaut's JDBC indicator reports it but without the
 * JDBC URL, which names the database host; the details show only on the management port.
 */
@Singleton
@Replaces(JdbcIndicator.class)
@Requires(beans = DataSource.class)
public class DatabaseHealthIndicator implements HealthIndicator {

    private static final int VALIDATION_SECONDS = 3;

    private final DataSource dataSource;

    public DatabaseHealthIndicator(DataSource dataSource, @Nullable DataSourceResolver resolver) {
        // The injected data source only lends connections inside a transaction; the resolver gives the pool itself.
        this.dataSource = resolver == null ? dataSource : resolver.resolve(dataSource);
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check)
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(e -> Mono.just(HealthResult.builder("jdbc", HealthStatus.DOWN)
                        .details(Map.of("error", "the database cannot be reached")).build()));
    }

    private HealthResult check() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDATION_SECONDS)) {
                throw new IllegalStateException("connection is not valid");
            }
            DatabaseMetaData meta = connection.getMetaData();
            return HealthResult.builder("jdbc", HealthStatus.UP)
                    .details(Map.of("database", meta.getDatabaseProductName(), "version", meta.getDatabaseProductVersion()))
                    .build();
        }
    }
}
