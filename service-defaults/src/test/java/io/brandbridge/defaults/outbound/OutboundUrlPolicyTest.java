package io.brandbridge.defaults.outbound;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutboundUrlPolicyTest {

    private static final String FIELD = "/url";
    private static final String PUBLIC = "must point to a public internet address";
    private static final String NUMERIC = "must write an IP address as four decimal numbers (like 93.184.216.34) or use a host name";

    /** Fixed DNS answers, so the table does not depend on the network. */
    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.example.com", List.of("93.184.216.34"),
            "dual.example.com", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
            "rebind.example.com", List.of("93.184.216.34", "127.0.0.1"),
            "intranet.example.com", List.of("10.1.2.3"),
            "metadata.example.com", List.of("169.254.169.254"),
            "ula.example.com", List.of("fd12:3456:789a::1"),
            "localhost", List.of("127.0.0.1", "::1"));

    private static final HostResolver FIXED = host -> {
        List<String> answers = DNS.get(host.toLowerCase(java.util.Locale.ROOT));
        if (answers == null) {
            throw new UnknownHostException(host);
        }
        return addressesOf(answers);
    };

    private final OutboundUrlPolicy strict = new OutboundUrlPolicy(OutboundUrlSettings.STRICT, FIXED);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // scheme, shape and credentials
            "http://hooks.example.com/in                    | must be an https URL",
            "ftp://hooks.example.com/in                     | must be an https URL",
            "file:///etc/passwd                             | must be an https URL",
            "gopher://hooks.example.com:70/_x               | must be an https URL",
            "/relative/path                                 | must be an absolute URL",
            "mailto:ops@example.com                         | must be an absolute URL",
            "https://hooks example.com/                     | must be a valid absolute URL",
            "https:///no-host                               | must name a host",
            "https://user:secret@hooks.example.com/         | must not contain a user name or password",
            "https://user@hooks.example.com/                | must not contain a user name or password",
            "https://hooks.example.com:8443/                | must use the standard port 443",
            "https://hooks.example.com:22/                  | must use the standard port 443",
            // loopback, private, shared and link-local IPv4
            "https://127.0.0.1/                             | " + PUBLIC,
            "https://127.255.255.254/                       | " + PUBLIC,
            "https://10.0.0.1/                              | " + PUBLIC,
            "https://172.16.0.1/                            | " + PUBLIC,
            "https://172.31.255.255/                        | " + PUBLIC,
            "https://192.168.1.1/                           | " + PUBLIC,
            "https://169.254.169.254/latest/meta-data/      | " + PUBLIC,
            "https://100.64.0.1/                            | " + PUBLIC,
            "https://100.127.255.255/                       | " + PUBLIC,
            "https://0.0.0.0/                               | " + PUBLIC,
            "https://0.1.2.3/                               | " + PUBLIC,
            "https://224.0.0.1/                             | " + PUBLIC,
            "https://239.255.255.250/                       | " + PUBLIC,
            "https://255.255.255.255/                       | " + PUBLIC,
            "https://240.0.0.1/                             | " + PUBLIC,
            "https://192.0.2.10/                            | " + PUBLIC,
            "https://198.18.0.1/                            | " + PUBLIC,
            // IPv6 loopback, unspecified, ULA, link-local, multicast and forms carrying IPv4
            "https://[::1]/                                 | " + PUBLIC,
            "https://[::]/                                  | " + PUBLIC,
            "https://[fc00::1]/                             | " + PUBLIC,
            "https://[fd12:3456:789a::1]/                   | " + PUBLIC,
            "https://[fe80::1]/                             | " + PUBLIC,
            "https://[febf:ffff::1]/                        | " + PUBLIC,
            "https://[ff02::1]/                             | " + PUBLIC,
            "https://[::ffff:127.0.0.1]/                    | " + PUBLIC,
            "https://[::ffff:7f00:1]/                       | " + PUBLIC,
            "https://[::ffff:169.254.169.254]/              | " + PUBLIC,
            "https://[::127.0.0.1]/                         | " + PUBLIC,
            "https://[64:ff9b::7f00:1]/                     | " + PUBLIC,
            "https://[2002:7f00:1::]/                       | " + PUBLIC,
            "https://[2001:db8::1]/                         | " + PUBLIC,
            "https://[2001::1]/                             | " + PUBLIC,
            // numeric spellings of 127.0.0.1 that some resolvers accept
            "https://2130706433/                            | " + NUMERIC,
            "https://0x7f000001/                            | " + NUMERIC,
            "https://0177.0.0.1/                            | " + NUMERIC,
            "https://0x7f.0.0.1/                            | " + NUMERIC,
            "https://127.1/                                 | " + NUMERIC,
            "https://127.0.1/                               | " + NUMERIC,
            "https://017700000001/                          | " + NUMERIC,
            "https://127.000.000.001/                       | " + NUMERIC,
            "https://1.2.3.4.5/                             | " + NUMERIC,
            // names that resolve somewhere private, wholly or in part
            "https://localhost/                             | " + PUBLIC,
            "https://LOCALHOST:443/                         | " + PUBLIC,
            "https://intranet.example.com/                  | " + PUBLIC,
            "https://metadata.example.com/                  | " + PUBLIC,
            "https://ula.example.com/                       | " + PUBLIC,
            "https://rebind.example.com/                    | " + PUBLIC,
            "https://unknown.example.com/                   | must name a host that exists; unknown.example.com has no address",
    })
    void refusesWhatMustNotBeCalled(String url, String message) {
        ProblemException refusal = assertThrows(ProblemException.class, () -> strict.approve(FIELD, url));
        assertEquals(422, refusal.status().getCode());
        assertEquals(List.of(new Problem.FieldError(FIELD, message)), refusal.errors());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://hooks.example.com/in?x=1                | hooks.example.com | 443 | 93.184.216.34",
            "https://HOOKS.example.com:443/in                | HOOKS.example.com | 443 | 93.184.216.34",
            "https://dual.example.com/                       | dual.example.com  | 443 | 93.184.216.34 2606:2800:220:1:248:1893:25c8:1946",
            "https://93.184.216.34/in                        | 93.184.216.34     | 443 | 93.184.216.34",
            "https://[2606:2800:220:1:248:1893:25c8:1946]/   | [2606:2800:220:1:248:1893:25c8:1946] | 443 | 2606:2800:220:1:248:1893:25c8:1946",
            "https://172.32.0.1/                             | 172.32.0.1        | 443 | 172.32.0.1",
            "https://100.128.0.1/                            | 100.128.0.1       | 443 | 100.128.0.1",
    })
    void approvesPublicHttpsTargetsWithTheAddressesToConnectTo(String url, String host, int port, String addresses) throws Exception {
        OutboundTarget target = strict.approve(FIELD, url);
        assertEquals(host, target.host());
        assertEquals(port, target.port());
        assertEquals(addressesOf(List.of(addresses.split(" "))), target.addresses());
    }

    private static List<InetAddress> addressesOf(List<String> literals) throws UnknownHostException {
        List<InetAddress> addresses = new java.util.ArrayList<>();
        for (String literal : literals) {
            addresses.add(InetAddress.getByName(literal));
        }
        return addresses;
    }

    @Test
    void httpAndOtherPortsOnlyWhereTheSettingsAllowThem() {
        OutboundUrlPolicy forTests = new OutboundUrlPolicy(new OutboundUrlSettings(true, List.of(8443)), FIXED);
        assertEquals(80, forTests.approve(FIELD, "http://hooks.example.com/in").port());
        assertEquals(8443, forTests.approve(FIELD, "https://hooks.example.com:8443/in").port());
        ProblemException otherPort = assertThrows(ProblemException.class, () -> forTests.approve(FIELD, "http://hooks.example.com:8080/"));
        assertEquals("must use the standard port 80", otherPort.errors().get(0).message());
        ProblemException ftp = assertThrows(ProblemException.class, () -> forTests.approve(FIELD, "ftp://hooks.example.com/"));
        assertEquals("must be an https or http URL", ftp.errors().get(0).message());
        ProblemException loopback = assertThrows(ProblemException.class, () -> forTests.approve(FIELD, "http://127.0.0.1/"));
        assertEquals(PUBLIC, loopback.errors().get(0).message());
    }

    /** {@code allowed}: the operator's allowlist, space-separated; {@code outcome}: the addresses, or "! " and the refusal. */
    @ParameterizedTest(name = "allowing {0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "localhost             | http://localhost:8099/x             | 127.0.0.1 ::1",
            "LocalHost             | https://LOCALHOST:8443/x            | 127.0.0.1 ::1",
            "localhost             | http://localhost/x                  | 127.0.0.1 ::1",
            "127.0.0.1             | http://127.0.0.1:9/                 | 127.0.0.1",
            "::1                   | http://[::1]:9/                     | ::1",
            "[::1]                 | http://[::1]:9/                     | ::1",
            "intranet.example.com  | http://intranet.example.com:8080/in | 10.1.2.3",
            "localhost 127.0.0.1   | https://127.0.0.1:8443/             | 127.0.0.1",
            // the list opens only the hosts it names
            "localhost             | http://127.0.0.1:9/                 | ! must be an https URL",
            "localhost             | https://127.0.0.1/                  | ! " + PUBLIC,
            "localhost             | http://[::1]:9/                     | ! must be an https URL",
            "127.0.0.1             | https://localhost/                  | ! " + PUBLIC,
            "intranet.example.com  | https://metadata.example.com/       | ! " + PUBLIC,
            "intranet.example.com  | https://hooks.example.com:8443/     | ! must use the standard port 443",
            "example.com           | https://intranet.example.com/       | ! " + PUBLIC,
            "localhost             | http://localhost.example.com/       | ! must be an https URL",
            // everything else about a listed host is checked as before
            "localhost             | ftp://localhost/                    | ! must be an https or http URL",
            "localhost             | http://user@localhost/              | ! must not contain a user name or password",
            "unknown.example.com   | http://unknown.example.com/         | ! must name a host that exists; unknown.example.com has no address",
            "2130706433            | http://2130706433/                  | ! " + NUMERIC,
    })
    void anAllowlistedHostMayUseHttpAnyPortAndAnyAddress(String allowed, String url, String outcome) throws Exception {
        OutboundUrlPolicy demo = new OutboundUrlPolicy(new OutboundUrlSettings(false, null, List.of(allowed.split(" "))), FIXED);
        if (outcome.startsWith("! ")) {
            ProblemException refusal = assertThrows(ProblemException.class, () -> demo.approve(FIELD, url));
            assertEquals(List.of(new Problem.FieldError(FIELD, outcome.substring(2))), refusal.errors());
        } else {
            assertEquals(addressesOf(List.of(outcome.split(" "))), demo.approve(FIELD, url).addresses());
        }
    }

    @Test
    void aNameIsLookedUpAgainAtEveryApprovalSoARebindToAPrivateAddressIsRefused() throws Exception {
        List<String> answers = List.of("93.184.216.34", "10.0.0.7");
        AtomicInteger lookups = new AtomicInteger();
        HostResolver rebinding = host -> addressesOf(List.of(answers.get(Math.min(lookups.getAndIncrement(), 1))));
        OutboundUrlPolicy policy = new OutboundUrlPolicy(OutboundUrlSettings.STRICT, rebinding);

        assertEquals(addressesOf(List.of("93.184.216.34")), policy.approve(FIELD, "https://flip.example.com/in").addresses());
        ProblemException second = assertThrows(ProblemException.class, () -> policy.approve(FIELD, "https://flip.example.com/in"));
        assertEquals(PUBLIC, second.errors().get(0).message());
        assertEquals(2, lookups.get());
    }

    @Test
    void anOverlongOrEmptyUrlIsRefused() {
        assertEquals("must be at most 2048 characters", assertThrows(ProblemException.class,
                () -> strict.approve(FIELD, "https://hooks.example.com/" + "a".repeat(2048))).errors().get(0).message());
        assertEquals("must be an absolute URL", assertThrows(ProblemException.class, () -> strict.approve(FIELD, " ")).errors().get(0).message());
        assertEquals("must be an absolute URL", assertThrows(ProblemException.class, () -> strict.approve(FIELD, null)).errors().get(0).message());
    }

    @Test
    void theSystemResolverNeverReachesDnsForAddressLiterals() {
        OutboundUrlPolicy system = new OutboundUrlPolicy(OutboundUrlSettings.STRICT, new SystemHostResolver());
        assertEquals(PUBLIC, assertThrows(ProblemException.class, () -> system.approve(FIELD, "https://[::1]/")).errors().get(0).message());
        assertEquals(PUBLIC, assertThrows(ProblemException.class, () -> system.approve(FIELD, "https://localhost/")).errors().get(0).message());
        assertEquals(NUMERIC, assertThrows(ProblemException.class, () -> system.approve(FIELD, "https://2130706433/")).errors().get(0).message());
    }
}
