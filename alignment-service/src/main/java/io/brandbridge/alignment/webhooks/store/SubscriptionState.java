package io.brandbridge.alignment.webhooks.store;

/** Whether a subscription is sent to: FAILING still is (a later success clears it); DISABLED is not. */
public enum SubscriptionState {
    ACTIVE, FAILING, DISABLED
}
