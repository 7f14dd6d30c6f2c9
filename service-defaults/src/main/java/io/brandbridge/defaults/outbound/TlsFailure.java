package io.brandbridge.defaults.outbound;

import javax.net.ssl.SSLException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Says in plain words why a TLS handshake with a receiver failed; the JDK's own messages name its classes. */
final class TlsFailure {

    private static final Pattern CLASS_NAME_PREFIX = Pattern.compile("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*:\\s*");

    private TlsFailure() {
    }

    static String reason(SSLException failure, String host) {
        return "TLS handshake failed: " + cause(failure, host);
    }

    private static String cause(SSLException failure, String host) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException) {
                return "the certificate of " + host + " has expired";
            }
            if (t instanceof CertificateNotYetValidException) {
                return "the certificate of " + host + " is not valid yet";
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof CertificateException && message.startsWith("No ")) {
                // The host name check: "No subject alternative DNS name matching ... found" and its kin.
                return "the certificate is not for " + host;
            }
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException) {
                return "the certificate of " + host + " is not from a trusted authority";
            }
        }
        String message = failure.getMessage() == null ? "" : CLASS_NAME_PREFIX.matcher(failure.getMessage()).replaceAll("");
        if (message.toLowerCase(Locale.ROOT).contains("unrecognized ssl message")) {
            return "the receiver did not answer with TLS";
        }
        return message.isBlank() ? "the receiver and this client could not agree on a secure connection" : message;
    }
}
