import { PassThrough } from 'node:stream';
import { TerminalAdapter } from '../../adapters/terminal/terminal-adapter.js';
import { direct } from '../../src/core/messages.js';
import { chatAdapterContract, type AdapterHarness, type Seen } from './chat-adapter-contract.js';

/** Drives the terminal adapter by typing lines, and reads the screen back. */
function terminalHarness(): AdapterHarness {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  let handled: () => void = () => {};
  let last: Seen = { text: '', choices: [], formOpen: false };
  const adapter = new TerminalAdapter({
    input,
    output,
    interactive: false,
    community: { platform: 'terminal', externalId: 'contract' },
    user: { id: 'contract-member' },
    onLineHandled: () => handled(),
  });

  const read = (): Seen => {
    const text = screen;
    screen = '';
    const optionLines = text.split('\n').filter((line) => /^ {2}\[\d+\]/.test(line));
    // The newest question's choices are numbered; earlier ones (the welcome's) are lettered.
    const options = optionLines.slice(-1).flatMap((line) => [...line.matchAll(/\[(\d+)\](?: ([^[]*?))?(?= {2}\[|$)/g)]);
    const choices = options.map((m) => (m[2] ?? m[1] ?? '').trim());
    const numbers = options.map((m) => m[1] ?? '');
    last = { text, choices, formOpen: text.includes('✎') };
    lastNumbers = numbers;
    return last;
  };
  let lastNumbers: string[] = [];
  const type = (line: string) =>
    new Promise<Seen>((resolve) => {
      handled = () => resolve(read());
      input.write(`${line}\n`);
    });

  return {
    start: (handler) => adapter.start(handler),
    runCommand: (name, text = '') => type(`/${name} ${text}`.trim()),
    pick: (label) => {
      const index = last.choices.indexOf(label);
      if (index === -1) throw new Error(`no choice "${label}" on screen: ${last.choices.join(', ')}`);
      return type(lastNumbers[index]!);
    },
    submitForm: (values) => type(Object.values(values)[0] ?? ''),
    sendDirect: async (text) => {
      await adapter.sendDirect({ communityExternalId: 'contract', platformUserId: 'contract-member' }, direct(text));
      return read();
    },
    sendToGroup: async (text, others) => {
      await adapter.sendToGroup({ communityExternalId: 'contract', platformUserIds: ['contract-member', ...others] }, direct(text));
      return read();
    },
    stop: async () => {
      input.end();
      await adapter.finished();
      await adapter.stop();
    },
  };
}

chatAdapterContract('terminal', async () => terminalHarness());
