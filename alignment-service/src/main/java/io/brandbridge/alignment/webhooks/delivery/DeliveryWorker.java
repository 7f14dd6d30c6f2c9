package io.brandbridge.alignment.webhooks.delivery;

import io.brandbridge.alignment.webhooks.store.DeliveryEntity;
import io.brandbridge.alignment.webhooks.store.DeliveryRepository;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Drains the outbox: polls for deliveries that head their subscription's queue and are due, claims each with a lease and
 * sends it on a virtual thread, at most {@code parallelism} at once. A delivery claimed by an instance that died is taken
 * again once its lease runs out, so every event is delivered at least once; receivers deduplicate by webhook-id.
 */
@Singleton
public class DeliveryWorker implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final DeliveryAttempt attempt;
    private final WebhookSettings settings;
    private final Clock clock;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore permits;
    // Woken when a send finishes, so the next delivery of that subscription goes out without waiting for the poll.
    private final Semaphore wakeUps = new Semaphore(0);
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private Thread loop;

    DeliveryWorker(DeliveryRepository deliveries, DeliveryAttempt attempt, WebhookSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.attempt = attempt;
        this.settings = settings;
        this.clock = clock;
        this.permits = new Semaphore(settings.parallelism());
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        if (!settings.deliver() || running) {
            return;
        }
        running = true;
        loop = Thread.ofVirtual().name("webhook-deliveries").start(this::run);
    }

    /** Looks at the outbox now instead of at the next poll. */
    public void wake() {
        wakeUps.release();
    }

    private void run() {
        while (running) {
            try {
                int started = pollOnce();
                if (started == 0) {
                    wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be down for a while; deliveries wait in the outbox meanwhile.
                LOG.warn("Webhook outbox poll failed: {}", e.getMessage());
                sleepQuietly();
            }
        }
    }

    /** Claims and starts what is due; answers how many sends it started. */
    int pollOnce() {
        if (permits.availablePermits() == 0) {
            return 0;
        }
        Instant now = clock.instant();
        List<DeliveryEntity> due = deliveries.findDueHeads(now, settings.parallelism() * 2);
        int started = 0;
        for (DeliveryEntity delivery : due) {
            if (inFlight.contains(delivery.webhookId()) || !permits.tryAcquire()) {
                continue;
            }
            if (deliveries.claim(delivery.seq(), now, now.plus(settings.lease())) == 0) {
                permits.release();
                continue;
            }
            inFlight.add(delivery.webhookId());
            started++;
            senders.execute(() -> {
                try {
                    attempt.send(delivery);
                } catch (RuntimeException e) {
                    LOG.warn("Webhook delivery {} could not be recorded; it is sent again when its lease runs out: {}", delivery.id(), e.getMessage());
                } finally {
                    inFlight.remove(delivery.webhookId());
                    permits.release();
                    wake();
                }
            });
        }
        return started;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(settings.pollInterval().multipliedBy(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
        senders.shutdownNow();
    }
}
