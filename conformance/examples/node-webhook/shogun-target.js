#!/usr/bin/env node
// A line-protocol target (conformance/PROTOCOL.md) around the webhook check from Shogun's documentation.
//
// verifyWebhook below is the documented Node.js snippet, unchanged. The rest is glue: it answers the kit's hello and
// turns each "webhook.verify" request into calls of verifyWebhook, one per active secret. Replace verifyWebhook with
// your own function to certify it.
//
// Run by the kit:  java -jar conformance/target/shogun-kit.jar certify --target "cmd:node conformance/examples/node-webhook/shogun-target.js"
'use strict';
const crypto = require('crypto');
const readline = require('readline');

function verifyWebhook(payloadBody, signatureHeader, secret) {
  const expected = 'sha256=' + crypto
    .createHmac('sha256', secret)
    .update(payloadBody)
    .digest('hex');
  return crypto.timingSafeEqual(
    Buffer.from(expected),
    Buffer.from(signatureHeader)
  );
}

// A delivery is accepted when any active secret verifies it. A missing header, or a verifier that throws (as
// crypto.timingSafeEqual does when the lengths differ), is a rejection: a receiver answers such a request with an error.
function accepts(body, header, secrets) {
  if (header === null || header === undefined) {
    return false;
  }
  for (const secret of secrets) {
    try {
      if (verifyWebhook(body, header, secret)) {
        return true;
      }
    } catch (e) {
      return false;
    }
  }
  return false;
}

function answer(request) {
  if (request.type === 'hello') {
    return { type: 'hello', id: 'node-docs-snippet', version: '1', capabilities: ['WEBHOOK_VERIFIER'] };
  }
  if (request.type === 'webhook.verify') {
    const body = Buffer.from(request.body, 'base64');
    return { id: request.id, accepted: accepts(body, request.signatureHeader, request.secrets) };
  }
  return { id: request.id, error: 'unsupported request type: ' + request.type };
}

const lines = readline.createInterface({ input: process.stdin, terminal: false });
lines.on('line', (line) => {
  if (line.trim() !== '') {
    process.stdout.write(JSON.stringify(answer(JSON.parse(line))) + '\n');
  }
});
