package io.brandbridge.gateway.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AuditEventRepository extends CrudRepository<AuditEventEntity, Long> {

    @Query("SELECT * FROM audit_event WHERE seq < :before ORDER BY seq DESC LIMIT :limit")
    List<AuditEventEntity> findBefore(long before, int limit);
}
