/**
 * Settings checked at start-up. Declare a setting as a component of a {@code @ConfigurationProperties}
 * record in any {@code io.brandbridge} package and put jakarta-validation constraints on it (plus
 * {@link io.brandbridge.defaults.settings.PositiveDuration}, {@link io.brandbridge.defaults.settings.HttpUrl}
 * and {@link io.brandbridge.defaults.settings.WebOrigin}); read it from an environment variable in
 * application.yml ({@code issuer: ${BRANDBRIDGE_TOKEN_ISSUER:brandbridge}}). {@link io.brandbridge.defaults.settings.SettingsCheck}
 * binds and validates every such record before any other eager bean, and a service started through
 * {@link io.brandbridge.defaults.settings.ServiceLauncher} prints one line per problem, naming the variable the
 * placeholder reads, and exits with status 2. {@link io.brandbridge.defaults.settings.Setting} names the variable
 * where no placeholder does and adds a hint to the line.
 */
package io.brandbridge.defaults.settings;
