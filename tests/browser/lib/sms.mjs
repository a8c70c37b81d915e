// Inbound texts as the generic SMS gateway posts them (bot/src/channels/sms_gateway.rs): a JSON
// body {id, from, to, text}, signed with the hex HMAC-SHA256 of the raw body under the
// deployment's SMS_WEBHOOK_SECRET, in the X-Signature header.

import { createHmac, randomUUID } from 'node:crypto';

/** The number residents text; one deployment has one, so the server ignores it. */
const OUR_NUMBER = '+447700900000';

/** Signs a raw body the way the gateway does, so the server takes it as genuine. */
export function sign(secret, body) {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * Posts one text from `from` to the server's webhook and fails unless it is acknowledged: the
 * server answers 200 only once the turn has committed, so what it caused is in the database.
 */
export async function textFrom(server, from, text) {
  const body = JSON.stringify({ id: `browser-${randomUUID()}`, from, to: OUR_NUMBER, text });
  const response = await fetch(`${server.url}/webhooks/sms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature': sign(server.secret, body) },
    body,
  });
  if (response.status !== 200) {
    throw new Error(`the SMS webhook answered ${response.status} to a signed text: ${await response.text()}`);
  }
}
