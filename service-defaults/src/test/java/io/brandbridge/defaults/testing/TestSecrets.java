package io.brandbridge.defaults.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Gives each test run a fresh random internal-token secret, as no service has a default one. Every
 * context of the run (a gateway and the services it calls) reads it from the same system property,
 * which outranks application.yml.
 */
public final class TestSecrets implements LauncherSessionListener {

    public static final String INTERNAL_SECRET_PROPERTY = "brandbridge.internal-token.secret";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(INTERNAL_SECRET_PROPERTY) == null) {
            System.setProperty(INTERNAL_SECRET_PROPERTY, randomSecret());
        }
    }

    /** 48 random bytes, base64: the kind of secret run.sh generates. */
    public static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
