package io.brandbridge.touchpoint.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

/** The table of values the guard refuses and the ordinary labels it lets through. */
class PersonalDataGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jane.doe@example.com            | an e-mail address
            J.ONeil+billing@mail.example.co.uk  | an e-mail address
            ' x_y%z-1@sub-domain.example.org ' | an e-mail address
            +44 20 7946 0958                | a phone number
            +442079460958                   | a phone number
            +1 (555) 123-4567               | a phone number
            +49.30.123456                   | a phone number
            020 7946 0958                   | a phone number
            555-123-4567                    | a phone number
            1 800 555 1234                  | a phone number
            06.12.34.56.78                  | a phone number
            4111 1111 1111 1111             | a card number
            4111-1111-1111-1111             | a card number
            4111111111111111                | a card number
            5555555555554444                | a card number
            378282246310005                 | a card number
            3782 822463 10005               | a card number
            6011000990139424                | a card number
            2223003122003222                | a card number
            """)
    void refusesValuesShapedLikePersonalData(String value, String kind) {
        assertEquals(kind, PersonalDataGuard.kind(value));
        assertEquals("looks like " + kind + "; personal data is not accepted in attributes", PersonalDataGuard.problem(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "billing", "queue-7", "2024-000123", "ORD-2024-000123", "2024-11-01", "01.11.2024", "2026-11-01T09:30:00Z",
            "09:30", "10:30:00", "2026-11-01 09:30", "eu-west-1", "v1.2.3", "10.2.15.1234", "192.168.100.200", "10.0.0.1",
            "@handle", "team@", "user@localhost", "a@b.c", "jane@example.c0m", "jane@-example.com", "jane@example..com",
            "Re: jane@example.com", "jane doe@example.com", "+1234567", "+12345678901234567", "+44 20 7946 0958 ext 12",
            "12 34 56", "123-456-789-0", "020 7946-0958", "4111 1111 1111 1112", "4111  1111 1111 1111", "4111-1111-1111-1111-",
            "1730453400000", "1730453400005", "7000000000000009", "00000000000000000", "123456789012", "cust-93b1", "",
            "+", "++44 20 7946 0958", "+44 (20)"})
    void letsOrdinaryLabelsThrough(String value) {
        assertNull(PersonalDataGuard.kind(value), value);
        assertNull(PersonalDataGuard.problem(value), value);
    }

    @Test
    void longValuesAreDecidedAtOnce() {
        String digits = "4".repeat(100_000);
        String email = "a".repeat(100_000) + "@example.com";
        assertTimeoutPreemptively(Duration.ofMillis(200), () -> {
            assertNull(PersonalDataGuard.kind(digits));
            assertNull(PersonalDataGuard.kind(email));
        });
    }
}
