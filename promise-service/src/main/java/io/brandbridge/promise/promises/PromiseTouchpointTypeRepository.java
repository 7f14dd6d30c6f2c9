package io.brandbridge.promise.promises;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PromiseTouchpointTypeRepository extends CrudRepository<PromiseTouchpointType, Long> {

    List<PromiseTouchpointType> findByVersionIdIn(Collection<String> versionIds);

    void deleteByVersionId(String versionId);
}
