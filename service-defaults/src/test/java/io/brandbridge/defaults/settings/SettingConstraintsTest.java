package io.brandbridge.defaults.settings;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingConstraintsTest {

    @Test
    void anHttpUrlIsAbsoluteWithAHost() {
        assertTrue(SettingConstraints.isHttpUrl("http://promise-service:8081"));
        assertTrue(SettingConstraints.isHttpUrl("https://api.example.com/base"));
        assertFalse(SettingConstraints.isHttpUrl("localhost:8081"));
        assertFalse(SettingConstraints.isHttpUrl("promise-service"));
        assertFalse(SettingConstraints.isHttpUrl("ftp://files.example.com"));
        assertFalse(SettingConstraints.isHttpUrl("http:///no-host"));
        assertFalse(SettingConstraints.isHttpUrl("http://user:password@example.com"));
        assertFalse(SettingConstraints.isHttpUrl(" http://example.com"));
        assertFalse(SettingConstraints.isHttpUrl(""));
    }

    @Test
    void anOriginIsSchemeHostAndPortOnly() {
        assertTrue(SettingConstraints.isOrigin("http://localhost:3000"));
        assertTrue(SettingConstraints.isOrigin("https://app.example.com"));
        assertFalse(SettingConstraints.isOrigin("https://app.example.com/"));
        assertFalse(SettingConstraints.isOrigin("https://app.example.com/path"));
        assertFalse(SettingConstraints.isOrigin("app.example.com"));
        assertFalse(SettingConstraints.isOrigin("*"));
        assertFalse(SettingConstraints.isOrigin("https://app.example.com?x=1"));
    }
}
