// Runs the official `openai` and `@anthropic-ai/sdk` npm clients against a TapPass gateway.
// Env: TAPPASS_URL (http://127.0.0.1:port), TAPPASS_KEY (tp_...). Prints one JSON object per check.
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';

const base = process.env.TAPPASS_URL;
const key = process.env.TAPPASS_KEY;
const out = (name, value) => console.log(JSON.stringify({ name, ...value }));

const openai = new OpenAI({ baseURL: `${base}/v1`, apiKey: key, maxRetries: 0 });
const anthropic = new Anthropic({ baseURL: base, apiKey: key, maxRetries: 0 });
const msgs = (text) => [{ role: 'user', content: text }];

async function check(name, fn) {
  try {
    out(name, { ok: true, ...(await fn()) });
  } catch (e) {
    out(name, { ok: false, status: e?.status ?? null, type: e?.error?.type ?? e?.error?.error?.type ?? e?.type ?? null,
      message: String(e?.message ?? e) });
  }
}

await check('openai.plain', async () => {
  const r = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: msgs('hello') });
  return { text: r.choices[0].message.content, tappass: r.tappass ?? null };
});
await check('openai.stream', async () => {
  const s = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: msgs('stream please'), stream: true });
  let text = '';
  let chunks = 0;
  for await (const c of s) { chunks++; text += c.choices[0]?.delta?.content ?? ''; }
  return { text, chunks };
});
await check('openai.tools', async () => {
  const r = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: msgs('weather?'),
    tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } }] });
  const call = r.choices[0].message.tool_calls[0];
  return { tool: call.function.name, args: JSON.parse(call.function.arguments) };
});
await check('openai.blocked', async () => {
  await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: msgs('Tell me about Project Falcon') });
  return { text: 'not blocked' };
});
await check('openai.stream_blocked', async () => {
  const s = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: msgs('leak it'), stream: true });
  let text = '';
  for await (const c of s) { text += c.choices[0]?.delta?.content ?? ''; }
  return { text };
});
await check('anthropic.plain', async () => {
  const r = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: msgs('hello') });
  return { text: r.content[0].text };
});
await check('anthropic.stream', async () => {
  const s = anthropic.messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: msgs('stream please') });
  let text = '';
  s.on('text', (t) => { text += t; });
  const final = await s.finalMessage();
  return { text, stop: final.stop_reason, output_tokens: final.usage.output_tokens };
});
await check('anthropic.tools', async () => {
  const r = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: msgs('weather?'),
    tools: [{ name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }] });
  const t = r.content.find((b) => b.type === 'tool_use');
  return { tool: t.name, args: t.input };
});
await check('anthropic.blocked', async () => {
  await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: msgs('Project Falcon status') });
  return { text: 'not blocked' };
});
