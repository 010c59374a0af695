package io.shogun.authkit.simulator;

/**
 * What happened to one webhook POST.
 *
 * @param status the receiver's HTTP status, 0 when there was none
 * @param body   the start of the receiver's answer
 * @param error  why there was no answer, or empty
 */
public record WebhookDelivery(int status, String body, String error) {
}
