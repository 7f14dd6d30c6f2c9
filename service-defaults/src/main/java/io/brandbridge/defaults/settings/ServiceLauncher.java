package io.brandbridge.defaults.settings;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;

/**
 * Starts a service like {@code Micronaut.run}, except that a wrong setting ends the process with one plain
 * line per problem on standard error and exit status 2, not a stack trace.
 */
public final class ServiceLauncher extends Micronaut {

    public static final int INVALID_SETTINGS = 2;

    private ServiceLauncher() {
    }

    public static ApplicationContext run(Class<?> application, String... args) {
        // No banner: a refused start prints its problems and nothing else.
        return new ServiceLauncher().banner(false).mainClass(application).args(args).start();
    }

    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        InvalidSettingsException invalid = invalidSettings(exception);
        boolean test = environment != null && environment.getActiveNames().contains(Environment.TEST);
        if (invalid != null && !test) {
            invalid.problems().forEach(problem -> System.err.println(problem.line()));
            System.err.flush();
            System.exit(INVALID_SETTINGS);
        }
        super.handleStartupException(environment, exception);
    }

    static InvalidSettingsException invalidSettings(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSettingsException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
