package io.brandbridge.system.e2e;

import io.brandbridge.demo.webhooks.ReceivedWebhook;
import io.brandbridge.demo.webhooks.WebhookReceiver;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiver's answers that can hang: the next {@code n} requests are accepted and never answered until
 * {@link #stopHanging()}; every other request answers 200. A hung request ends without an answer.
 */
final class HangingAnswers implements WebhookReceiver.Answerer {

    private final AtomicInteger toHang = new AtomicInteger();
    private final BlockingQueue<ReceivedWebhook> hung = new LinkedBlockingQueue<>();
    private volatile CountDownLatch release = new CountDownLatch(1);

    @Override
    public int answer(ReceivedWebhook request) throws Exception {
        if (toHang.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            CountDownLatch waitingFor = release;
            hung.add(request);
            waitingFor.await();
            throw new IllegalStateException("hung up without answering");
        }
        return 200;
    }

    /** Hangs the next {@code requests} requests. */
    void hang(int requests) {
        release = new CountDownLatch(1);
        toHang.set(requests);
    }

    /** Answers every request from now on, and lets the hung ones end unanswered. */
    void stopHanging() {
        toHang.set(0);
        release.countDown();
    }

    /** The next request that hung, waiting up to {@code within}; null when none did. */
    ReceivedWebhook awaitHung(Duration within) throws InterruptedException {
        return hung.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }
}
