package io.brandbridge.alignment.snapshots;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The brands deleted at promise-service's request. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeletedBrandRepository extends CrudRepository<DeletedBrandEntity, String> {
}
