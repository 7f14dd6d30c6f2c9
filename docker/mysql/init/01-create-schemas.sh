#!/bin/bash
# Runs once when the MySQL volume is created: one schema and one user per service, each user
# limited to its own schema (no service reads another's data).
set -euo pipefail
mysql -u root -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS promise CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS touchpoint CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS alignment CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS gateway CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'promise'@'%' IDENTIFIED BY '${PROMISE_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'touchpoint'@'%' IDENTIFIED BY '${TOUCHPOINT_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'alignment'@'%' IDENTIFIED BY '${ALIGNMENT_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'gateway'@'%' IDENTIFIED BY '${GATEWAY_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON promise.* TO 'promise'@'%';
GRANT ALL PRIVILEGES ON touchpoint.* TO 'touchpoint'@'%';
GRANT ALL PRIVILEGES ON alignment.* TO 'alignment'@'%';
GRANT ALL PRIVILEGES ON gateway.* TO 'gateway'@'%';
FLUSH PRIVILEGES;
SQL
