package io.brandbridge.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failed authentications per source address in fixed windows. A key look-up is charged before it
 * starts and refunded when the key turns out valid, so look-ups in flight count too: however many
 * requests an address sends at once, it costs at most {@code maxFailures} look-ups per window.
 * IPv6 addresses count by their /64, which one subscriber usually holds whole.
 */
@Singleton
public class AuthFailureThrottle {

    private final Cache<String, Window> windows;
    private final Ticker ticker;
    private final int maxFailures;
    private final long windowNanos;

    public AuthFailureThrottle(ThrottleConfiguration configuration, Ticker ticker) {
        this.ticker = ticker;
        this.maxFailures = configuration.maxFailures();
        this.windowNanos = configuration.window().toNanos();
        this.windows = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run)
                .maximumSize(configuration.addresses())
                .expireAfter(new UntilWindowEnds())
                .build();
    }

    /** 0 while the address may still try, otherwise the whole seconds until its window ends (for Retry-After). */
    public long retryAfter(String address) {
        Window window = windows.getIfPresent(counted(address));
        if (window == null || window.failures.get() < maxFailures) {
            return 0;
        }
        return secondsLeft(window);
    }

    /** Counts one failure, or one look-up about to start; null when the address has used up its window. */
    @Nullable
    public Charge charge(String address) {
        Window window = windows.get(counted(address), a -> new Window(ticker.read() + windowNanos));
        for (int failures = window.failures.get(); failures < maxFailures; failures = window.failures.get()) {
            if (window.failures.compareAndSet(failures, failures + 1)) {
                return new Charge(window);
            }
        }
        return null;
    }

    /** What the failures are counted under: the address itself, or for IPv6 its /64 prefix. */
    static String counted(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.ofLiteral(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (IllegalArgumentException e) {
            return address;
        }
    }

    private long secondsLeft(Window window) {
        long left = window.endsAt - ticker.read();
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(left + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    /** One address's window: its failures and when it ends, by the ticker. */
    private static final class Window {

        private final AtomicInteger failures = new AtomicInteger();
        private final long endsAt;

        private Window(long endsAt) {
            this.endsAt = endsAt;
        }
    }

    /** One counted failure or look-up, which can be taken back once. */
    public static final class Charge {

        private final Window window;
        private final AtomicBoolean refunded = new AtomicBoolean();

        private Charge(Window window) {
            this.window = window;
        }

        /** Takes the charge back: the look-up found a valid key, or could not be made. */
        public void refund() {
            if (refunded.compareAndSet(false, true)) {
                window.failures.decrementAndGet();
            }
        }
    }

    /** A window is dropped when it ends, so the next failure opens a fresh one. */
    private static final class UntilWindowEnds implements Expiry<String, Window> {

        @Override
        public long expireAfterCreate(String address, Window window, long now) {
            return Math.max(0, window.endsAt - now);
        }

        @Override
        public long expireAfterUpdate(String address, Window window, long now, long current) {
            return current;
        }

        @Override
        public long expireAfterRead(String address, Window window, long now, long current) {
            return current;
        }
    }
}
