package io.brandbridge.alignment.webhooks.store;

/** PENDING until the receiver answers 2xx (DELIVERED) or the retries run out (FAILED). */
public enum DeliveryState {
    PENDING, DELIVERED, FAILED
}
