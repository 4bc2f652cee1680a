import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly to: string[];
  readonly subject: string;
  /** The List-Unsubscribe URL. */
  readonly unsubscribe: string | null;
  /** The whole message as it arrived, headers unfolded and quoted-printable's soft line breaks joined. */
  readonly raw: string;
}

/** A real SMTP server on a free loopback port, keeping what arrives; it can refuse the next few messages. */
export class TestSmtp {
  readonly received: ReceivedMail[] = [];
  /** Messages still to refuse with a temporary failure (451), as a busy server does. */
  refuseNext = 0;
  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(): Promise<TestSmtp> {
    let smtp: TestSmtp | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (smtp!.refuseNext > 0) {
            smtp!.refuseNext--;
            return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          }
          const message = Buffer.concat(chunks).toString('utf8');
          const split = message.indexOf('\r\n\r\n');
          const raw = `${message.slice(0, split).replace(/\r\n[ \t]+/g, ' ')}${message.slice(split).replace(/=\r\n/g, '')}`;
          smtp!.received.push({
            to: session.envelope.rcptTo.map((address) => address.address),
            subject: decodeWords(/^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? ''),
            unsubscribe: /^List-Unsubscribe: <([^>]+)>/m.exec(raw)?.[1] ?? null,
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as { port: number };
    smtp = new TestSmtp(server, `smtp://127.0.0.1:${port}`);
    return smtp;
  }

  /** Waits until `count` messages matching `match` have arrived (fails after `timeoutMs`), and returns them. */
  async arrived(count: number, match: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matching = this.received.filter(match);
      if (matching.length >= count) return matching;
      if (Date.now() > deadline) throw new Error(`expected ${count} mails, got ${matching.length}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A header's MIME encoded-words (RFC 2047, UTF-8) as text. */
function decodeWords(header: string): string {
  return header.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_hex, code: string) => String.fromCharCode(parseInt(code, 16))),
          'latin1',
        ).toString('utf8'),
  );
}
